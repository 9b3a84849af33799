/**
 * Which column of a force's export holds what. Records systems name their columns differently, so the lead maps
 * them on screen; the mapping is remembered per organisation by column name, and a first guess comes from common
 * names. Pure.
 */
export const MAPPED_FIELDS = [
  "phone",
  "email",
  "language",
  "contactDate",
  "offenceGroup",
  "under18",
  "domesticAbuse",
  "sexualOffence",
  "deceased",
  "doNotContact",
  "contactSafe",
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];
/** Field → column header ("" when the file has no such column). */
export type ColumnMapping = Record<MappedField, string>;

export const FLAG_FIELDS = ["under18", "domesticAbuse", "sexualOffence", "deceased", "doNotContact", "contactSafe"] as const;
export type FlagField = (typeof FLAG_FIELDS)[number];

const GUESSES: Record<MappedField, RegExp> = {
  phone: /phone|mobile|tel|sms|ff[oô]n/i,
  email: /e-?mail|e-?bost/i,
  language: /lang|iaith/i,
  contactDate: /date|dyddiad|reported|contact ?on/i,
  offenceGroup: /offen[cs]e|crime ?type|trosedd/i,
  under18: /under.?18|minor|juvenile|child|dan.?18/i,
  domesticAbuse: /domestic|\bda\b|cam-?drin domestig/i,
  sexualOffence: /sexual|\bso\b|rhywiol/i,
  deceased: /deceased|died|dead|marw/i,
  doNotContact: /do.?not.?contact|no.?contact|\bdnc\b|opt.?out/i,
  contactSafe: /safe/i,
};

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(MAPPED_FIELDS.map((field) => [field, ""])) as ColumnMapping;
}

/**
 * A mapping for these headers: the remembered one where its column is in this file, else a guess from the name.
 * A column is given to one field only (the first that claims it, in the order of MAPPED_FIELDS after remembered ones).
 */
export function suggestMapping(headers: string[], remembered: Partial<ColumnMapping> | null): ColumnMapping {
  const mapping = emptyMapping();
  const taken = new Set<string>();
  for (const field of MAPPED_FIELDS) {
    const column = remembered?.[field];
    if (column && headers.includes(column) && !taken.has(column)) {
      mapping[field] = column;
      taken.add(column);
    }
  }
  // "contactSafe" before the flags it would otherwise lose to ("domestic abuse contact safe").
  const order: MappedField[] = [
    "contactSafe",
    "doNotContact",
    ...MAPPED_FIELDS.filter((f) => f !== "contactSafe" && f !== "doNotContact"),
  ];
  for (const field of order) {
    if (mapping[field]) continue;
    const column = headers.find((header) => !taken.has(header) && GUESSES[field].test(header));
    if (column) {
      mapping[field] = column;
      taken.add(column);
    }
  }
  return mapping;
}

export type MappingProblem = "noContactColumn" | "noDateColumn" | "unknownColumn" | "columnTwice";

/** Why a mapping cannot be used with these headers, field by field (empty when it can). */
export function checkMapping(mapping: ColumnMapping, headers: string[]): Partial<Record<MappedField, MappingProblem>> {
  const problems: Partial<Record<MappedField, MappingProblem>> = {};
  const used = new Map<string, MappedField>();
  for (const field of MAPPED_FIELDS) {
    const column = mapping[field];
    if (!column) continue;
    if (!headers.includes(column)) problems[field] = "unknownColumn";
    else if (used.has(column)) problems[field] = "columnTwice";
    else used.set(column, field);
  }
  if (!mapping.phone && !mapping.email) problems.phone = "noContactColumn";
  if (!mapping.contactDate) problems.contactDate = "noDateColumn";
  return problems;
}

/** The mapping from a posted form (one select per field, named map.<field>). */
export function mappingFromForm(form: FormData): ColumnMapping {
  const mapping = emptyMapping();
  for (const field of MAPPED_FIELDS) {
    const value = form.get(`map.${field}`);
    mapping[field] = typeof value === "string" ? value.slice(0, 200) : "";
  }
  return mapping;
}
