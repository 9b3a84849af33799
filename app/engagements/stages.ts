/**
 * The seven stages as data, and the rules about them. Pure: no I/O.
 */
import defaults from "../../surveys/stages/default-stages.json";
import { londonDate } from "../components/dates";
import { STAGE_KEYS, STAGE_STATUSES, type ChecklistDefinition, type StageKey, type StageStatus } from "../../db/enums";

export { STAGE_KEYS, STAGE_STATUSES, type StageKey, type StageStatus };

export type StageDefinition = {
  key: StageKey;
  number: number;
  title: string;
  titleCy: string;
  description: string;
  descriptionCy: string;
  checklist: ChecklistDefinition[];
};

type ShippedStage = {
  key: string;
  title: { en: string; cy: string };
  description: { en: string; cy: string };
  checklist: { key: string; gatesPublishing?: boolean; text: { en: string; cy: string } }[];
};

/** The shipped defaults, in wheel order. */
export const DEFAULT_STAGES: StageDefinition[] = (defaults.stages as ShippedStage[]).map((stage, index) => {
  if (stage.key !== STAGE_KEYS[index]) throw new Error(`default-stages.json: stage ${index + 1} must be ${STAGE_KEYS[index]}`);
  return {
    key: STAGE_KEYS[index],
    number: index + 1,
    title: stage.title.en,
    titleCy: stage.title.cy,
    description: stage.description.en,
    descriptionCy: stage.description.cy,
    checklist: stage.checklist.map((item) => ({
      key: item.key,
      text: item.text.en,
      textCy: item.text.cy,
      gatesPublishing: Boolean(item.gatesPublishing),
    })),
  };
});

export type StageOverride = Omit<StageDefinition, "number">;

/**
 * An organisation's stages: its own wording where it has some, the defaults
 * elsewhere. Items that gate publishing can be reworded but never dropped.
 */
export function resolveStages(overrides: StageOverride[]): StageDefinition[] {
  return DEFAULT_STAGES.map((stage) => {
    const own = overrides.find((o) => o.key === stage.key);
    if (!own) return stage;
    const gates = stage.checklist.filter((item) => item.gatesPublishing);
    const checklist = [
      ...own.checklist.map((item) => ({ ...item, gatesPublishing: gates.some((g) => g.key === item.key) })),
      ...gates.filter((g) => !own.checklist.some((item) => item.key === g.key)),
    ];
    return { ...own, number: stage.number, checklist };
  });
}

export const DISPLAY_STATUSES = ["not_started", "in_progress", "done", "due_for_review"] as const;
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

/**
 * The review-due rule: a stage whose next review date has passed is due for
 * review, whatever its status, because the wheel is kept under review, not done once.
 */
export function displayStatus(stage: { status: StageStatus; nextReviewOn: string | null }, today: string): DisplayStatus {
  if (stage.nextReviewOn && stage.nextReviewOn < today) return "due_for_review";
  return stage.status;
}

/** Today's date in the UK, as YYYY-MM-DD. */
export function ukToday(now = new Date()): string {
  return londonDate(now);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A real calendar date in YYYY-MM-DD form. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export type ChecklistState = { itemKey: string | null; done: boolean };

/** The safety stage's items that gate publishing: the one list every survey's gate is made of. */
export function safetyGateItems(stages: StageDefinition[]): ChecklistDefinition[] {
  return stages.find((stage) => stage.key === "safety")?.checklist.filter((item) => item.gatesPublishing) ?? [];
}

/**
 * The publish gate: the safety stage's gating items that are not ticked yet.
 * A survey of the engagement may open to respondents only when this is empty.
 */
export function missingForPublishing(stages: StageDefinition[], safetyTicks: ChecklistState[]): ChecklistDefinition[] {
  return safetyGateItems(stages).filter((item) => !safetyTicks.some((tick) => tick.itemKey === item.key && tick.done));
}
