import { describe, expect, it } from "vitest";
import { cy } from "./locales/cy";
import { en } from "./locales/en";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

describe("translations", () => {
  const english = leaves(en as unknown as Tree);
  const welsh = leaves(cy as unknown as Tree);

  it("has every English key in Welsh and no Welsh key missing from English", () => {
    expect([...english.keys()].filter((key) => !welsh.has(key))).toEqual([]);
    expect([...welsh.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it("has no empty strings", () => {
    expect([...english, ...welsh].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const mismatched = [...english].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(welsh.get(key) ?? "").join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it("actually translates (Welsh is not a copy of English)", () => {
    const copied = [...english].filter(([key, text]) => text.length > 20 && welsh.get(key) === text);
    expect(copied.map(([key]) => key)).toEqual([]);
  });
});
