import { describe, expect, it } from "vitest";
import { likePattern, pageFrom, pageNumbers, searchFrom } from "./query";

describe("search and paging", () => {
  it("takes LIKE's wildcards and its escape literally", () => {
    expect(likePattern("50% off_now")).toBe("%50\\% off\\_now%");
    expect(likePattern("back\\slash")).toBe("%back\\\\slash%");
  });

  it("trims and bounds the search", () => {
    expect(searchFrom(null)).toBe("");
    expect(searchFrom("  chase  ")).toBe("chase");
    expect(searchFrom("x".repeat(500))).toHaveLength(200);
  });

  it("reads a page number or falls back to the first", () => {
    expect(pageFrom("3")).toBe(3);
    expect(pageFrom("0")).toBe(1);
    expect(pageFrom("-1")).toBe(1);
    expect(pageFrom("2.5")).toBe(1);
    expect(pageFrom("abc")).toBe(1);
    expect(pageFrom(null)).toBe(1);
  });

  it("shows the first, last and neighbouring pages, with gaps", () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageNumbers(3, 10)).toEqual([1, 2, 3, 4, null, 10]);
    expect(pageNumbers(10, 10)).toEqual([1, null, 9, 10]);
  });
});
