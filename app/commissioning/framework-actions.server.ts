/** What each button of the framework editor does (app/routes/commissioning.framework.tsx stays thin). */
import type { Actor } from "../accounts/actor";
import { parseForm, formFailure, type FormFailure } from "../components/form/parse-form";
import { BANK } from "../surveys/bank";
import {
  addBankMeasure,
  addOwnMeasure,
  draftFramework,
  listFrameworkVersions,
  moveMeasure,
  publishFramework,
  removeMeasure,
  renameDraft,
  startDraft,
  latestPublishedFramework,
} from "./frameworks.server";
import { measurableBankQuestions } from "./measures";
import { bankMeasureSchema, frameworkNamesSchema, measureKeySchema, ownMeasureSchema } from "./schemas";

export const FRAMEWORK_INTENTS = ["start", "rename", "add-bank", "add-own", "move", "remove", "publish"] as const;
type Intent = (typeof FRAMEWORK_INTENTS)[number];

export function frameworkEditor(organisationId: number) {
  const draft = draftFramework(organisationId);
  const inDraft = new Set(draft?.measures.map((m) => m.bankId) ?? []);
  return {
    draft,
    published: latestPublishedFramework(organisationId),
    versions: listFrameworkVersions(organisationId),
    bank: measurableBankQuestions(BANK).map(({ kind, questions }) => ({
      kind,
      questions: questions.filter((q) => !inDraft.has(q.id)).map((q) => ({ id: q.id, title: q.title ?? { en: q.id, cy: q.id } })),
    })),
  };
}

export type FrameworkActionResult = { ok: true; done: Intent } | (FormFailure & { intent: Intent | null });

export function frameworkAction(actor: Actor, form: FormData): FrameworkActionResult {
  const intent = FRAMEWORK_INTENTS.find((i) => i === form.get("intent")) ?? null;
  const fail = (failure: FormFailure): FrameworkActionResult => ({ ...failure, intent });
  switch (intent) {
    case "start":
    case "rename": {
      const parsed = parseForm(frameworkNamesSchema, form);
      if (!parsed.ok) return fail(parsed);
      if (intent === "start") startDraft(actor, parsed.data);
      else renameDraft(actor, parsed.data);
      return { ok: true, done: intent };
    }
    case "add-bank": {
      const parsed = parseForm(bankMeasureSchema, form);
      if (!parsed.ok) return fail(parsed);
      const added = addBankMeasure(actor, parsed.data.bankId);
      return added.ok ? { ok: true, done: intent } : fail(formFailure(form, { [added.field]: added.error }));
    }
    case "add-own": {
      const parsed = parseForm(ownMeasureSchema, form);
      if (!parsed.ok) return fail(parsed);
      const { scale, scaleCy, ...rest } = parsed.data;
      const added = addOwnMeasure(actor, { ...rest, scale: scale.map((en, i) => ({ en, cy: scaleCy[i] })) });
      return added.ok ? { ok: true, done: intent } : fail(formFailure(form, { [added.field]: added.error }));
    }
    case "move":
    case "remove": {
      const parsed = parseForm(measureKeySchema, form);
      if (!parsed.ok) return fail(parsed);
      if (intent === "remove") removeMeasure(actor, parsed.data.key);
      else moveMeasure(actor, parsed.data.key, parsed.data.direction === "up" ? -1 : 1);
      return { ok: true, done: intent };
    }
    case "publish": {
      const published = publishFramework(actor);
      return published.ok ? { ok: true, done: intent } : fail(formFailure(form, { [published.field]: published.error }));
    }
    default:
      return fail({ ok: false, errors: { form: "errors.staffUnknown" }, values: {} });
  }
}
