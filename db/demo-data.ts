/**
 * What the demo shows. Each capability adds its part here, so `npm run demo`
 * always shows everything the product can do.
 */
import { randomInt } from "node:crypto";
import type { Role } from "./schema";
import type { Db } from "./client";
import { makeOrganisation, makeUser } from "./factories";

export const DEMO_SLUG = "demo";

const WORDS = [
  "anchor",
  "bramble",
  "candle",
  "dolphin",
  "ember",
  "falcon",
  "garnet",
  "harbour",
  "island",
  "juniper",
  "kestrel",
  "lantern",
  "meadow",
  "nutmeg",
  "orchard",
  "pebble",
  "quartz",
  "river",
  "saffron",
  "thistle",
  "upland",
  "valley",
  "willow",
  "yarrow",
];

/** Three random words and two digits: strong, and easy to type from a terminal. */
export function demoPassword(): string {
  const pick = () => WORDS[randomInt(WORDS.length)];
  return `${pick()}-${pick()}-${pick()}-${randomInt(10, 100)}`;
}

export const DEMO_PEOPLE: { role: Role; name: string; email: string }[] = [
  { role: "admin", name: "Ade Admin", email: "admin@demo.example" },
  { role: "engagement_lead", name: "Eluned Lead", email: "lead@demo.example" },
  { role: "analyst", name: "Anwen Analyst", email: "analyst@demo.example" },
  { role: "panel_member", name: "Pat Panel", email: "panel@demo.example" },
  { role: "action_owner", name: "Owain Owner", email: "owner@demo.example" },
];

export async function seedDemo(db: Db) {
  const organisation = makeOrganisation(db, {
    slug: DEMO_SLUG,
    name: "Demo Police and Crime Commissioner",
    nameCy: "Comisiynydd Heddlu a Throseddu Demo",
  });
  const accounts: { role: Role; name: string; email: string; password: string }[] = [];
  for (const person of DEMO_PEOPLE) {
    const password = demoPassword();
    await makeUser(db, {
      organisationId: organisation.id,
      email: person.email,
      name: person.name,
      roles: [person.role],
      password,
    });
    accounts.push({ ...person, password });
  }
  return { organisation, accounts };
}
