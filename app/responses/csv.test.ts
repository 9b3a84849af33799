import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvRow, neutraliseFormula } from "./csv";

describe("csvCell", () => {
  it("leaves nothing empty", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell("")).toBe("");
    expect(csvCell([])).toBe("");
  });

  it("quotes every other cell and doubles the quotes inside (RFC 4180)", () => {
    expect(csvCell("plain")).toBe('"plain"');
    expect(csvCell(42)).toBe('"42"');
    expect(csvCell('She said "no", twice')).toBe('"She said ""no"", twice"');
    expect(csvCell("line one\r\nline two\nthree")).toBe('"line one\r\nline two\nthree"');
  });

  it("neutralises anything a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://x.example","Click")')).toBe('"\'=HYPERLINK(""http://x.example"",""Click"")"');
    expect(csvCell("+1")).toBe(`"'+1"`);
    expect(csvCell("-2")).toBe(`"'-2"`);
    expect(csvCell("@SUM(A1:A9)")).toBe(`"'@SUM(A1:A9)"`);
    expect(csvCell("\tx")).toBe(`"'\tx"`);
    expect(csvCell("\rx")).toBe(`"'\rx"`);
    expect(csvCell(-3)).toBe(`"'-3"`);
  });

  it("leaves the same characters alone when they are not first", () => {
    expect(csvCell("1+1=2")).toBe('"1+1=2"');
    expect(csvCell("a@b")).toBe('"a@b"');
  });

  it("neutralises a formula behind leading spaces, which some importers trim", () => {
    expect(neutraliseFormula(" =1")).toBe("' =1");
    expect(neutraliseFormula("  @SUM(A1)")).toBe("'  @SUM(A1)");
    expect(neutraliseFormula(" plain")).toBe(" plain");
  });

  it('joins lists with "; " and neutralises the joined cell', () => {
    expect(csvCell(["The police", "The victim hub"])).toBe('"The police; The victim hub"');
    expect(csvCell(["-bad", "good"])).toBe(`"'-bad; good"`);
  });
});

describe("csvRow", () => {
  it("joins cells with commas and ends with CRLF", () => {
    expect(csvRow(["a", null, 3, "=x"])).toBe(`"a",,"3","'=x"\r\n`);
  });

  it("has a byte order mark for Excel", () => {
    expect(new TextEncoder().encode(CSV_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
