/** The tag and untag intents of a coding page, shared by shared coding and blind sample coding. */
import { data } from "@remix-run/node";
import type { Actor } from "../accounts/actor";
import { formFailure, parseForm } from "../components/form/parse-form";
import { badRequest } from "../http/responses";
import type { Codebook } from "./codebook.server";
import { answerToCode, tagPassages, untag, type CodingLayer } from "./coding.server";
import { choosePassages } from "./passages";
import { sentenceChoice, TAG_ARRAYS, tagSchema, untagSchema } from "./schemas";

export function codingAction(
  formData: FormData,
  actor: Actor,
  codebook: Codebook,
  target: { responseId: number; answerKey: string },
  layer: CodingLayer,
) {
  switch (formData.get("intent")) {
    case "tag": {
      const parsed = parseForm(tagSchema, formData, TAG_ARRAYS);
      if (!parsed.ok) return data(parsed, { status: 400 });
      const answer = answerToCode(codebook, target.responseId, target.answerKey);
      const chosen = choosePassages(answer.text, {
        ...sentenceChoice(parsed.data.sentence),
        start: parsed.data.start,
        end: parsed.data.end,
      });
      if (!chosen.ok) return data(formFailure(formData, { [chosen.field]: chosen.error }, TAG_ARRAYS), { status: 400 });
      tagPassages(actor, codebook, { ...target, passages: chosen.passages, themeIds: parsed.data.themeId }, layer);
      return data({ ok: true as const, notice: "themes.coding.tagged" });
    }
    case "untag": {
      const parsed = parseForm(untagSchema, formData);
      if (!parsed.ok) return data(parsed, { status: 400 });
      untag(actor, codebook, parsed.data.codingId, layer);
      return data({ ok: true as const, notice: "themes.coding.untagged" });
    }
    default:
      badRequest();
  }
}
