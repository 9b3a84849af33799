/**
 * The codebook's shape: themes in two levels, in English and Welsh. Pure:
 * the order themes are listed in, the form schema, and the rule that keeps
 * the tree two levels deep.
 */
import { z } from "zod";

export type ThemeRow = {
  id: number;
  parentId: number | null;
  name: string;
  nameCy: string;
  description: string;
  descriptionCy: string;
};

export type ListedTheme = ThemeRow & { level: 1 | 2 };

const byName = (a: ThemeRow, b: ThemeRow) => a.name.localeCompare(b.name, "en-GB") || a.id - b.id;

/** Top-level themes by name, each followed by its sub-themes by name. A sub-theme whose parent is gone shows at the top. */
export function codebookOrder(rows: readonly ThemeRow[]): ListedTheme[] {
  const ids = new Set(rows.map((r) => r.id));
  const top = rows.filter((r) => r.parentId === null || !ids.has(r.parentId)).sort(byName);
  return top.flatMap((parent) => [
    { ...parent, level: 1 as const },
    ...rows
      .filter((r) => r.parentId === parent.id)
      .sort(byName)
      .map((child) => ({ ...child, level: 2 as const })),
  ]);
}

/** The theme's name in the reader's language; English when the Welsh is not written yet. */
export const themeName = (theme: { name: string; nameCy: string }, lang: string) =>
  lang === "cy" && theme.nameCy.trim() ? theme.nameCy : theme.name;

export const themeDescription = (theme: { description: string; descriptionCy: string }, lang: string) =>
  lang === "cy" && theme.descriptionCy.trim() ? theme.descriptionCy : theme.description;

const optionalText = (max: number, error: string) => z.string().trim().max(max, error).default("");

export const themeSchema = z.object({
  name: z.string().trim().min(1, "themes.errors.nameRequired").max(120, "themes.errors.nameTooLong"),
  nameCy: optionalText(120, "themes.errors.nameTooLong"),
  description: optionalText(1000, "themes.errors.descriptionTooLong"),
  descriptionCy: optionalText(1000, "themes.errors.descriptionTooLong"),
  parentId: z
    .string()
    .default("")
    .transform((value, ctx) => {
      if (value === "") return null;
      const id = Number(value);
      if (!Number.isSafeInteger(id) || id <= 0) {
        ctx.addIssue({ code: "custom", message: "themes.errors.parentUnknown" });
        return z.NEVER;
      }
      return id;
    }),
});

export type ThemeInput = z.output<typeof themeSchema>;

export type PlacementError =
  | "themes.errors.tooDeep"
  | "themes.errors.hasChildren"
  | "themes.errors.ownParent"
  | "themes.errors.parentUnknown";

/**
 * Whether a theme may sit under a parent: the parent must be a top-level theme
 * of the same codebook, not the theme itself, and a theme with sub-themes
 * cannot become one (that would make a third level).
 */
export function placementProblem(
  themeId: number | null,
  parentId: number | null,
  codebook: readonly Pick<ThemeRow, "id" | "parentId">[],
): PlacementError | null {
  if (parentId === null) return null;
  if (themeId !== null && parentId === themeId) return "themes.errors.ownParent";
  const parent = codebook.find((row) => row.id === parentId);
  if (!parent) return "themes.errors.parentUnknown";
  if (parent.parentId !== null) return "themes.errors.tooDeep";
  if (themeId !== null && codebook.some((row) => row.parentId === themeId)) return "themes.errors.hasChildren";
  return null;
}
