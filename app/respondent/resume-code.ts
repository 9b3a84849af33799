/**
 * "Save and come back later" codes: held by the respondent, shown on screen,
 * never e-mailed and never stored on the device. Three everyday words and four
 * digits (about 37 bits) are easy to write down or say; guessing is slowed by
 * the per-address limits and the code only works until it expires. Pure.
 */
import { randomInt } from "node:crypto";

const WORDS = `
  acorn amber anchor apple apron arch arrow aspen attic autumn badge bagel bakery bamboo banjo barley basil
  basket beach beacon bean berry birch biscuit blanket bloom blossom boat bonnet boot bottle bramble branch
  bread breeze brick bridge brook brush bucket bundle butter button cabin cactus cake camel candle canoe canvas
  canyon carrot castle cedar cello chalk cherry chess chimney cider circle cliff cloud clover coast cobble
  cocoa comet compass copper coral cotton cradle crane crayon cricket crown crystal cushion cypress daisy dawn
  delta desert dolphin door dove dragon drum dune eagle easel echo elm ember engine fable falcon feather fern
  ferry fiddle field finch flag flame flute forest fossil fountain fox garden garnet ginger glacier globe goose
  granite grape grove guitar harbour harp hazel heather hedge heron hill honey hoop horizon island ivory ivy
  jacket jam jasmine jelly jigsaw kayak kettle kite koala ladder lagoon lake lantern larch lava lemon lily
  linen lotus lunar magpie maple marble meadow melon mint mirror mitten moon moss mountain muffin nectar nest
  noodle nutmeg oak oasis ocean olive onion orbit orchard otter owl paddle palm panda paper parcel pasta peach
  pearl pebble pepper piano pillow pine planet plum pocket pond poppy potato prism pumpkin quartz quill rabbit
  radish rainbow raven reef ribbon river robin rocket rope rose saddle saffron sail salmon sand satin scarf
  shell shore silver sketch sky slate sled snow sock sparrow spice spoon spring spruce star stone stream sugar
  summer sun swan table teapot thistle thunder tiger timber toast tomato torch tower tulip tunnel turnip
  umbrella valley`
  .trim()
  .split(/\s+/);

export const RESUME_WORDS: readonly string[] = WORDS;

/** For example "maple-river-otter-4821". */
export function newResumeCode(): string {
  const word = () => WORDS[randomInt(WORDS.length)];
  return `${word()}-${word()}-${word()}-${String(randomInt(10_000)).padStart(4, "0")}`;
}

/**
 * What a person typed, in the code's own form, or null when it cannot be a
 * code. Forgiving: any case, spaces or other separators, extra spaces.
 */
export function normaliseResumeCode(typed: string): string | null {
  const parts = typed
    .toLowerCase()
    .normalize("NFKC")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (parts.length !== 4) return null;
  const [a, b, c, digits] = parts;
  if (![a, b, c].every((w) => WORDS.includes(w)) || !/^\d{4}$/.test(digits)) return null;
  return `${a}-${b}-${c}-${digits}`;
}
