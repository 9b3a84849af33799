import { describe, expect, it } from "vitest";
import { isFormula, readCsv, MAX_FILE_BYTES } from "./csv";
import { checkMapping, suggestMapping } from "./mapping";
import { checkRows, normalisePhone, parseUkDate } from "./rows";
import { applyRules, DEFAULT_RULES, notBeforeFor, ukMorning } from "./rules";

const bytes = (text: string) => new TextEncoder().encode(text);
const HEADERS =
  "Mobile,Email,Language,Date reported,Offence group,Under 18,Domestic abuse,Sexual offence,Deceased,Do not contact,Contact safe";

describe("reading the file", () => {
  it("reads a header and rows, with a byte-order mark and semicolons", () => {
    const result = readCsv(bytes("\uFEFFPhone;Date\n07911 123123;01/11/2026\n"));
    expect(result).toEqual({ ok: true, table: { headers: ["Phone", "Date"], rows: [["07911 123123", "01/11/2026"]] } });
  });
  it("refuses a formula in any cell by row and column, but not a phone number or a minus sign", () => {
    expect(isFormula('=HYPERLINK("x")')).toBe(true);
    expect(isFormula("@SUM(A1)")).toBe(true);
    expect(isFormula("+cmd|' /C calc'!A0")).toBe(true);
    expect(isFormula("-2+3")).toBe(true);
    expect(isFormula("+44 7911 123123")).toBe(false);
    expect(isFormula("-")).toBe(false);
    const result = readCsv(bytes("Phone,Date\n07911123123,01/11/2026\n=1+1,01/11/2026\n"));
    expect(result).toEqual({ ok: false, refusal: { reason: "formula", cells: [{ row: 3, column: "Phone" }], more: 0 } });
  });
  it("refuses the wrong shape: no header, ragged rows, binary, empty, too large, duplicate headers", () => {
    expect(readCsv(bytes("just one column\nx\n"))).toMatchObject({ ok: false, refusal: { reason: "noHeader" } });
    expect(readCsv(bytes("a,b\n1,2,3\n"))).toMatchObject({ ok: false, refusal: { reason: "unreadable" } });
    expect(readCsv(new Uint8Array([80, 75, 3, 4, 0, 0]))).toMatchObject({ ok: false, refusal: { reason: "notText" } });
    expect(readCsv(new Uint8Array())).toMatchObject({ ok: false, refusal: { reason: "empty" } });
    expect(readCsv(new Uint8Array(MAX_FILE_BYTES + 1))).toMatchObject({ ok: false, refusal: { reason: "tooLarge" } });
    expect(readCsv(bytes("Phone,phone\n1,2\n"))).toMatchObject({ ok: false, refusal: { reason: "duplicateHeader" } });
  });
});

describe("mapping", () => {
  it("guesses columns from their names and prefers the remembered mapping", () => {
    const headers = HEADERS.split(",");
    const mapping = suggestMapping(headers, null);
    expect(mapping).toMatchObject({
      phone: "Mobile",
      email: "Email",
      contactDate: "Date reported",
      contactSafe: "Contact safe",
      doNotContact: "Do not contact",
      domesticAbuse: "Domestic abuse",
    });
    expect(checkMapping(mapping, headers)).toEqual({});
    expect(suggestMapping(["Tel A", "Tel B", "When"], { phone: "Tel B", contactDate: "When" })).toMatchObject({
      phone: "Tel B",
      contactDate: "When",
    });
    expect(checkMapping({ ...mapping, phone: "", email: "" }, headers)).toEqual({ phone: "noContactColumn" });
  });
});

describe("rows", () => {
  it("normalises UK mobiles in any spacing to E.164 and refuses landlines and nonsense", () => {
    for (const text of ["07911 123123", "+44 7911 123123", "0044 7911-123-123", "(07911) 123123"])
      expect(normalisePhone(text)).toEqual({ ok: true, e164: "+447911123123" });
    expect(normalisePhone("020 7946 0000")).toEqual({ ok: false, problem: "phoneNotMobile" });
    expect(normalisePhone("12345")).toEqual({ ok: false, problem: "phoneInvalid" });
  });
  it("reads UK dates and refuses impossible ones", () => {
    expect(parseUkDate("03/11/2026")).toBe("2026-11-03");
    expect(parseUkDate("3-11-26")).toBe("2026-11-03");
    expect(parseUkDate("2026-11-03")).toBe("2026-11-03");
    expect(parseUkDate("3 Nov 2026 14:05")).toBe("2026-11-03");
    expect(parseUkDate("31/02/2026")).toBeNull();
    expect(parseUkDate("11/31/2026")).toBeNull();
  });
  it("reports problems by row without values, merges duplicates and reads unclear flags as yes", () => {
    const headers = ["Phone", "Email", "Date", "Domestic abuse", "Contact safe"];
    const mapping = { ...suggestMapping(headers, null) };
    const rows = [
      ["07911 123123", "", "01/11/2026", "N", "N"],
      ["+447911123123", "", "02/11/2026", "Y", "N"],
      ["", "Someone@Example.org", "01/11/2026", "maybe", ""],
      ["12345", "not-an-email", "01/11/2026", "", ""],
      ["07911 123124", "", "", "", ""],
      ["07911 123125", "", "01/01/2099", "", ""],
    ];
    const checked = checkRows(headers, rows, mapping, "2026-12-06");
    expect(checked.duplicatesMerged).toBe(1);
    expect(checked.contacts).toHaveLength(2);
    expect(checked.contacts[0]).toMatchObject({ recipient: "+447911123123", contactDate: "2026-11-02", rows: [2, 3] });
    expect(checked.contacts[0].flags.domesticAbuse).toBe(true);
    expect(checked.contacts[1]).toMatchObject({ medium: "email", recipient: "someone@example.org" });
    expect(checked.contacts[1].flags.domesticAbuse).toBe(true);
    expect(checked.reports).toEqual([
      { row: 4, problems: ["flagUnclear"], refused: false },
      { row: 5, problems: ["phoneInvalid", "emailInvalid"], refused: true },
      { row: 6, problems: ["dateMissing"], refused: true },
      { row: 7, problems: ["dateFuture"], refused: true },
    ]);
    expect(JSON.stringify(checked.reports)).not.toMatch(/example|7911|12345/);
  });
});

describe("safety rules", () => {
  const contact = (flags: Partial<Record<string, boolean>>, contactDate = "2026-11-01") => ({
    medium: "sms" as const,
    recipient: "+447911123123",
    language: "en" as const,
    contactDate,
    rows: [2],
    flags: {
      under18: false,
      domesticAbuse: false,
      sexualOffence: false,
      deceased: false,
      doNotContact: false,
      contactSafe: false,
      ...flags,
    },
  });
  const now = new Date("2026-12-06T15:00:00Z"); // a Sunday
  it("skips flagged people unless contact is safe, never lifts do-not-contact or deceased, and counts each once", () => {
    const outcome = applyRules(
      [
        contact({ domesticAbuse: true }),
        contact({ domesticAbuse: true, contactSafe: true }),
        contact({ sexualOffence: true, under18: true }),
        contact({ doNotContact: true, contactSafe: true }),
        contact({ deceased: true, contactSafe: true }),
        contact({}, "2026-01-01"),
        contact({}),
        { ...contact({}), recipient: "+447911123999" },
      ],
      (c) => c.recipient === "+447911123999",
      DEFAULT_RULES,
      now,
    );
    expect(outcome.skipped).toEqual({
      doNotContact: 1,
      deceased: 1,
      under18: 1,
      domesticAbuse: 1,
      sexualOffence: 0,
      optedOut: 1,
      tooLongAgo: 1,
    });
    expect(outcome.invite).toHaveLength(2);
  });
  it("waits for the minimum delay, to 08:00 UK time, and past weekends when asked", () => {
    // 2026-11-30 + 14 days = Monday 14 December, 08:00 GMT.
    expect(notBeforeFor("2026-11-30", DEFAULT_RULES, now)).toBe("2026-12-14T08:00:00.000Z");
    // Sunday today, weekends left out: Monday morning.
    expect(notBeforeFor("2026-11-01", DEFAULT_RULES, now)).toBe("2026-12-07T08:00:00.000Z");
    expect(notBeforeFor("2026-11-01", { ...DEFAULT_RULES, skipWeekends: false }, now)).toBe(now.toISOString());
    expect(ukMorning("2026-07-01").toISOString()).toBe("2026-07-01T07:00:00.000Z");
  });
});
