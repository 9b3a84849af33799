/**
 * Shapes shared by the answer engine, the form reader and the form view.
 * Type-only and pure, so the view can import it without pulling survey-core into a page.
 */

/** SurveyJS data: question name → value; "something else" text under `${name}-Comment`. */
export type Answers = Record<string, unknown>;
/** Question name → messages in the respondent's language. */
export type QuestionErrors = Record<string, string[]>;
/** "en", "cy", or another SurveyJS locale the definition has texts for. */
export type Lang = string;

export type Value = string | number | boolean;

/** One choice, rating point, matrix row or column, or yes/no of a question, as the definition gives it. */
export type ItemSpec = {
  value: Value;
  /** The localisable text as written in the definition (string, { default, cy, … } or null). */
  text: unknown;
  /** The text when the definition gives none: survey-core's own wording for "Other", "None"… */
  fallback?: (lang: Lang) => string;
  /** "Prefer not to say", "None", "Refuse to answer", "Don't know": below the "or" divider, never combined with others. */
  optOut: boolean;
  /** The "something else" item, whose text goes under `${name}-Comment`. */
  other: boolean;
  /** An image picker's picture, as the definition links it (shown only from our own origin or a data: URI). */
  image?: string;
};

/** How an answer is checked: by what it holds, not by how it looks. */
export type QuestionKind =
  | "text"
  | "comment"
  | "choice"
  | "choices"
  | "rating"
  | "boolean"
  | "matrix"
  | "ranking"
  | "multipletext"
  | "matrixdropdown"
  | "matrixdynamic"
  | "paneldynamic"
  | "info"
  | "expression"
  | "none";

/** A question (or information block) as the respondent pages need it, read once per definition. */
export type QuestionSpec = {
  name: string;
  /** survey-core's type: how it is shown. */
  type: string;
  kind: QuestionKind;
  page: string;
  title: unknown;
  description: unknown;
  requiredReason: unknown;
  required: boolean;
  /** Choices (with other and opt-out items), rating points, yes and no, matrix columns or ranking items. */
  items: ItemSpec[];
  /** Matrix rows. */
  rows: ItemSpec[];
  /** Text questions: the input type, and whether the answer is a number. */
  inputType: string;
  numeric: boolean;
  /** The author's own maxLength, if any (0 when none). */
  maxLength: number;
  html: unknown;
  contentWarning: boolean;
  minText: unknown;
  maxText: unknown;
  /**
   * The questions inside a question of several parts: a multipletext's items, a matrixdropdown's or matrixdynamic's
   * columns (as cells of their type), a paneldynamic's template questions. Their answers are checked against these.
   */
  parts: QuestionSpec[];
  /** A matrixdynamic's rows or a paneldynamic's panels: the fewest and the most (survey-core's defaults filled in). */
  minCount: number;
  maxCount: number;
};

/** One option as shown: its label, the value the form posts for it, and the answer it stands for. */
export type OptionView = {
  value: string;
  stored: Value;
  label: string;
  optOut: boolean;
  other: boolean;
  /** survey-core's choicesEnableIf says no: shown, but cannot be chosen. */
  disabled?: boolean;
  /** An image picker's picture: same origin or a data: URI only, else none (the label alone is shown). */
  image?: string;
};

/**
 * One group of a question of several parts: a multipletext's items (one group, no label), a matrix row, a dynamic
 * matrix's row or a dynamic panel. Its questions are named `<question>.<key>.<part>`, so they post, show errors and
 * take focus like any other question.
 */
export type GroupView = {
  key: string;
  label: string;
  /** The group can be taken away (dynamic rows and panels, above their minimum). */
  removable: boolean;
  elements: ElementView[];
};

type Shown = {
  name: string;
  title: string;
  description: string;
  required: boolean;
  /** The author's reason for making the question compulsory, in the respondent's language ("" when none). */
  reason: string;
  /** survey-core's enableIf (or readOnly) says no: shown with its answer, but cannot be changed. */
  readOnly?: boolean;
};

/** What one page shows, in order, with every text already in the respondent's language. Serialisable. */
export type ElementView = (
  | { kind: "info"; name: string; html: string; contentWarning: boolean }
  /** A value the survey works out (an expression question): shown, never posted. */
  | { kind: "expression"; name: string; title: string; description: string; value: string }
  | (Shown & { kind: "text"; inputType: string; numeric: boolean; limit: number })
  | (Shown & { kind: "comment"; limit: number })
  | (Shown & { kind: "radiogroup" | "checkbox" | "dropdown"; options: OptionView[]; otherLimit: number })
  | (Shown & { kind: "rating"; options: OptionView[]; minText: string; maxText: string })
  | (Shown & { kind: "boolean"; options: OptionView[] })
  | (Shown & { kind: "matrix"; rows: OptionView[]; columns: OptionView[] })
  | (Shown & { kind: "ranking"; items: OptionView[] })
  | (Shown & {
      kind: "multipletext" | "matrixdropdown" | "matrixdynamic" | "paneldynamic";
      groups: GroupView[];
      /** Dynamic rows and panels: the button's words when another can be added, else null. */
      add: string | null;
      /** Dynamic rows and panels: the remove button's words. */
      remove: string;
    })
) & {
  /** The language its text is really in when the survey's language falls back (English), for its `lang` attribute. */
  lang?: string;
};

export type QuestionView = Exclude<ElementView, { kind: "info" } | { kind: "expression" }>;
