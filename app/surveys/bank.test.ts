import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BANK, bankElement, searchBank, TEMPLATES, templateSurvey } from "./bank";
import { checkSurvey } from "./checks";
import { choiceValue, OPT_OUT_VALUE } from "./survey-json";

const bilingual = z
  .object({ en: z.string().min(1), cy: z.string().min(1) })
  .refine((t) => t.en !== t.cy || t.en.length < 12, "Welsh is a copy of English");

const questionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    type: z.enum(["radiogroup", "checkbox", "dropdown", "comment", "text", "html", "rating", "matrix"]),
    scale: z.string().optional(),
    choices: z.array(z.object({ value: z.string(), text: bilingual })).optional(),
    tags: z.array(z.string()).min(1),
    measures: z.record(z.union([z.string(), z.number()])),
    sensitivity: z.enum(["low", "medium", "high"]),
    title: bilingual.optional(),
    description: bilingual.optional(),
    html: bilingual.optional(),
  })
  .strict();

describe("question bank", () => {
  it("has at least 40 questions, every one well formed in English and Welsh, with unique ids", () => {
    expect(BANK.length).toBeGreaterThanOrEqual(40);
    for (const question of BANK) expect(() => questionSchema.parse(question), question.id).not.toThrow();
    expect(new Set(BANK.map((q) => q.id)).size).toBe(BANK.length);
  });

  it("covers every Victims' Code right, the cope-and-recover outcomes and the five satisfaction stages", () => {
    const rights = BANK.map((q) => q.measures.victimsCodeRight).filter(Boolean);
    expect([...new Set(rights)].sort((a, b) => Number(a) - Number(b))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const outcomes = new Set(BANK.map((q) => q.measures.outcome).filter(Boolean));
    for (const outcome of ["coping", "safety", "health_wellbeing", "informed", "justice_engagement"])
      expect(outcomes).toContain(outcome);
    const stages = new Set(BANK.map((q) => q.measures.satisfactionStage).filter(Boolean));
    for (const stage of ["ease_of_contact", "actions_taken", "kept_informed", "treatment", "whole_experience"])
      expect(stages).toContain(stage);
    for (const tag of ["support", "trust-confidence", "equality", "open"])
      expect(searchBank([tag]).length, tag).toBeGreaterThan(0);
  });

  it("asks a victim service's respondents about that service, not about the police, for each satisfaction stage", () => {
    // An outcome framework spans the services a PCC commissions; their respondents may never have met the police.
    const aboutTheService = BANK.filter((q) => q.tags.includes("satisfaction") && q.measures.serviceSatisfaction);
    expect(new Set(aboutTheService.map((q) => q.measures.serviceSatisfaction))).toEqual(
      new Set(["ease_of_contact", "kept_informed", "treatment", "whole_experience"]),
    );
    for (const question of aboutTheService) {
      expect(question.title!.en, question.id).toMatch(/this service/);
      expect(question.title!.en, question.id).not.toMatch(/police/i);
      expect(question.title!.cy, question.id).toMatch(/gwasanaeth hwn/);
      expect(question.title!.cy, question.id).not.toMatch(/heddlu/i);
    }
  });

  it("gives every choice question a way to opt out and makes nothing compulsory", () => {
    for (const question of BANK) {
      const element = bankElement(question);
      expect(element.isRequired, question.id).toBeUndefined();
      if (element.choices) expect(element.choices.map(choiceValue), question.id).toContain(OPT_OUT_VALUE);
    }
  });

  it("is searchable by tag and by words in either language", () => {
    expect(searchBank(["victims-code"]).length).toBe(12);
    expect(searchBank(["victims-code", "kept-informed"]).map((q) => q.id)).toEqual(["vc-06-investigation", "vc-09-outcome"]);
    expect(searchBank([], "iawndal", "cy").map((q) => q.id)).toEqual(["vc-05-compensation"]);
  });
});

describe("templates", () => {
  it("ships the four templates", () => {
    expect(TEMPLATES.map((t) => t.id).sort()).toEqual([
      "domestic-abuse-survivors",
      "experience-of-reporting",
      "support-service-outcomes",
      "victims-code-compliance",
    ]);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "%s passes the trauma-informed check with no findings at all",
    (_id, template) => {
      const findings = checkSurvey(templateSurvey(template), {
        languages: ["en", "cy"],
        estimatedMinutes: template.estimatedMinutes,
      });
      expect(findings).toEqual([]);
    },
  );

  it("puts a content warning before the domestic abuse questions", () => {
    const json = templateSurvey(TEMPLATES.find((t) => t.id === "domestic-abuse-survivors")!);
    expect(json.pages?.[0].elements?.[0]).toMatchObject({ type: "html", contentWarning: true });
    expect(json.pages?.[1]).toMatchObject({ sensitive: true });
  });
});
