import { createCipheriv, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { draftKeys, seal, unseal } from "./draft-seal.server";

describe("draft sealing", () => {
  it("opens with the same code and survey, and with nothing else", async () => {
    const answers = { story: "Darren Price hit me outside 27 Gladstone Street", rating: 2 };
    const session = { triggered: { followUp: true }, skipped: [["intro", "story"]] };
    const keys = await draftKeys("maple-river-otter-4821", 7);
    const sealed = seal(keys, { answers, session });
    expect(sealed).toMatch(/^v2\./);
    expect(sealed).not.toContain("Darren");
    expect(sealed).not.toContain("followUp");
    expect(Buffer.from(sealed.split(".")[3], "base64url").toString("latin1")).not.toContain("Darren");
    expect(unseal(await draftKeys("maple-river-otter-4821", 7), sealed)).toEqual({ answers, session });
    expect(unseal(await draftKeys("maple-river-otter-4822", 7), sealed)).toBeNull();
    expect(unseal(await draftKeys("maple-river-otter-4821", 8), sealed)).toBeNull();
  });

  it("derives a different id for another code or survey, and refuses a changed or foreign value", async () => {
    const a = await draftKeys("acorn-amber-anchor-0001", 1);
    expect(a.id).toBe((await draftKeys("acorn-amber-anchor-0001", 1)).id);
    expect(a.id).not.toBe((await draftKeys("acorn-amber-anchor-0002", 1)).id);
    expect(a.id).not.toBe((await draftKeys("acorn-amber-anchor-0001", 2)).id);
    const sealed = seal(a, { answers: { q: "x" }, session: {} });
    const parts = sealed.split(".");
    const flipped = Buffer.from(parts[3], "base64url");
    flipped[0] ^= 1;
    expect(unseal(a, [...parts.slice(0, 3), flipped.toString("base64url")].join("."))).toBeNull();
    expect(unseal({ ...a, id: "another" }, sealed)).toBeNull();
    expect(unseal(a, "not sealed")).toBeNull();
    expect(unseal(a, "")).toBeNull();
  });

  it("still opens a draft sealed before the journey's state was kept with it (v1: answers alone)", async () => {
    const keys = await draftKeys("acorn-amber-anchor-0003", 1);
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", keys.key, iv);
    cipher.setAAD(Buffer.from(keys.id));
    const body = Buffer.concat([cipher.update(JSON.stringify({ rating: 4 }), "utf8"), cipher.final()]);
    const v1 = ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
    expect(unseal(keys, v1)).toEqual({ answers: { rating: 4 }, session: {} });
  });
});
