import { describe, expect, it } from "vitest";
import { checkSurvey, estimateMinutes, type Finding } from "./checks";
import { fleschReadingEase } from "./readability";
import type { SurveyElement, SurveyJson } from "./survey-json";

const optOut = { value: "prefer_not_to_say", text: { default: "Prefer not to say", cy: "Mae'n well gennyf beidio â dweud" } };
const yes = { value: "yes", text: { default: "Yes", cy: "Ie" } };

function survey(elements: SurveyElement[], pageExtras: Partial<NonNullable<SurveyJson["pages"]>[number]> = {}): SurveyJson {
  return {
    title: { default: "Your experience", cy: "Eich profiad" },
    pages: [{ name: "p1", title: { default: "About you", cy: "Amdanoch chi" }, elements, ...pageExtras }],
  };
}

const question = (extra: Partial<SurveyElement> = {}): SurveyElement => ({
  type: "radiogroup",
  name: "q1",
  title: { default: "Were you kept up to date?", cy: "A gawsoch chi'r wybodaeth ddiweddaraf?" },
  choices: [yes, optOut],
  ...extra,
});

const check = (json: SurveyJson, languages = ["en", "cy"], estimatedMinutes = 10) =>
  checkSurvey(json, { languages, estimatedMinutes });
const rules = (findings: Finding[]) => findings.map((f) => `${f.severity}:${f.rule}`);

describe("the trauma-informed check", () => {
  it("finds nothing wrong with a plain, optional, translated question", () => {
    expect(check(survey([question()]))).toEqual([]);
  });

  it("errors on a required question without a reason, in every offered language", () => {
    expect(rules(check(survey([question({ isRequired: true })])))).toEqual(["error:required-without-reason"]);
    expect(
      rules(check(survey([question({ isRequired: true, requiredReason: { default: "We need this to route your answers" } })]))),
    ).toContain("error:required-without-reason");
    expect(
      check(
        survey([
          question({
            isRequired: true,
            requiredReason: { default: "We need this to route your answers", cy: "Mae angen hwn arnom i anfon eich atebion" },
          }),
        ]),
      ),
    ).toEqual([]);
  });

  it("errors on a choice question with no Prefer not to say, and warns on scales that cannot offer one", () => {
    expect(check(survey([question({ choices: [yes] })]))).toEqual([
      { rule: "no-opt-out", severity: "error", page: "p1", element: "q1", params: {} },
    ]);
    const matrix = question({ type: "matrix", choices: undefined, rows: [yes], columns: [yes] });
    expect(rules(check(survey([matrix])))).toEqual(["error:no-opt-out"]);
    expect(rules(check(survey([question({ type: "rating", choices: undefined })])))).toEqual(["warning:no-opt-out"]);
  });

  it("errors on a sensitive page with no content warning before it", () => {
    const sensitive = survey([question()], { sensitive: true });
    expect(check(sensitive)).toEqual([{ rule: "sensitive-without-warning", severity: "error", page: "p1", params: {} }]);
    const warning: SurveyElement = {
      type: "html",
      name: "cw",
      contentWarning: true,
      html: {
        default: "The next questions are about abuse. You can skip any.",
        cy: "Mae'r cwestiynau nesaf am gam-drin. Gallwch hepgor unrhyw un.",
      },
    };
    expect(check(survey([warning, question()], { sensitive: true }))).toEqual([]);
    const onPreviousPage: SurveyJson = {
      title: { default: "T", cy: "T" },
      pages: [
        { name: "warning", elements: [warning] },
        { name: "p2", sensitive: true, elements: [question()] },
      ],
    };
    expect(check(onPreviousPage)).toEqual([]);
    const warningAfterQuestion = survey([question(), warning], { sensitive: true });
    expect(rules(check(warningAfterQuestion))).toEqual(["error:sensitive-without-warning"]);
  });

  it("warns when English is hard to read and a Welsh sentence is very long", () => {
    const hard = question({
      title: {
        default:
          "Considering the institutional organisational communication methodologies, evaluate satisfactoriness comprehensively.",
        cy: "Ystyriwch y dulliau.",
      },
    });
    expect(check(survey([hard]))).toEqual([
      expect.objectContaining({ rule: "reading-level", severity: "warning", params: expect.objectContaining({ lang: "en" }) }),
    ]);
    const longWelsh = question({
      title: {
        default: "Were you kept up to date?",
        cy: "A gawsoch chi wybod beth oedd yn digwydd gyda'r ymchwiliad a phryd y byddai'r heddlu yn cysylltu â chi eto a phwy fyddai'n gwneud hynny ac a oedd unrhyw beth arall y dylech chi ei wybod",
      },
    });
    expect(check(survey([longWelsh]))).toEqual([
      expect.objectContaining({ rule: "reading-level", severity: "warning", params: expect.objectContaining({ lang: "cy" }) }),
    ]);
  });

  it("flags blaming or leading wording in English and Welsh", () => {
    const why = question({ title: { default: "Why didn't you report it sooner?", cy: "Pryd wnaethoch chi roi gwybod?" } });
    expect(check(survey([why]))).toEqual([
      expect.objectContaining({
        rule: "blaming-wording",
        severity: "error",
        params: { phrase: "why did you / why didn't you", lang: "en" },
      }),
    ]);
    const pam = question({ title: { default: "When did you report it?", cy: "Pam na wnaethoch chi roi gwybod yn gynt?" } });
    expect(rules(check(survey([pam])))).toEqual(["error:blaming-wording"]);
    const failed = question({
      title: {
        default: "Tell us if the service failed to call back.",
        cy: "Dywedwch wrthym os na wnaeth y gwasanaeth ffonio'n ôl.",
      },
    });
    expect(rules(check(survey([failed])))).toEqual(["warning:blaming-wording"]);
  });

  it("errors on every string missing in an offered language, and ignores languages not offered", () => {
    const english = question({ title: "Were you kept up to date?", choices: ["yes", "prefer_not_to_say"] });
    const findings = check({ title: "Your experience", pages: [{ name: "p1", elements: [english] }] });
    expect(findings.map((f) => `${f.rule}:${f.element ?? "-"}:${f.params.field}:${f.params.lang}`)).toEqual([
      "missing-translation:-:title:cy",
      "missing-translation:q1:title:cy",
      "missing-translation:q1:choices.yes:cy",
      "missing-translation:q1:choices.prefer_not_to_say:cy",
    ]);
    expect(check({ title: "Your experience", pages: [{ name: "p1", elements: [english] }] }, ["en"])).toEqual([]);
  });

  it("warns when the survey takes longer than it says", () => {
    const comments = Array.from({ length: 6 }, (_, i) => question({ name: `c${i}`, type: "comment", choices: undefined }));
    expect(estimateMinutes(survey(comments))).toBe(9);
    expect(check(survey(comments), ["en", "cy"], 5)).toEqual([
      { rule: "over-time", severity: "warning", params: { estimate: 9, stated: 5 } },
    ]);
  });

  it("errors on information blocks that carry scripts, handlers or frames, in any language", () => {
    const block = (html: { default: string; cy: string }): SurveyElement => ({ type: "html", name: "info", html });
    const safe = block({
      default: "<h3>Before you go on</h3><p>You can <strong>skip</strong> any question.</p>",
      cy: "<p>Gallwch hepgor.</p>",
    });
    expect(check(survey([safe, question()]))).toEqual([]);
    for (const bad of [
      "<script>alert(1)</script>",
      '<img src="x" onerror="alert(1)">',
      '<a href="javascript:alert(1)">x</a>',
      "<iframe src=//x></iframe>",
    ]) {
      expect(rules(check(survey([block({ default: "<p>Hello</p>", cy: bad }), question()])))).toEqual(["error:unsafe-html"]);
    }
  });

  it("errors on a survey with no questions", () => {
    expect(rules(check(survey([{ type: "html", name: "intro", html: { default: "Hello there.", cy: "Helo." } }])))).toEqual([
      "error:no-questions",
    ]);
  });
});

describe("reading ease", () => {
  it("scores plain English high and dense English low", () => {
    expect(fleschReadingEase("Did you feel safe? Tell us what happened next.")!).toBeGreaterThan(70);
    expect(fleschReadingEase("Institutional communication methodologies necessitate comprehensive evaluation.")!).toBeLessThan(
      30,
    );
    expect(fleschReadingEase("Yes.")).toBeNull();
  });
});
