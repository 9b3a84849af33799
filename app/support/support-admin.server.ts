/**
 * The organisation admin's side of the support directory: add, change, delete
 * and order services, or start from the shipped national helplines. What
 * respondents see is read by directory.server.ts.
 */
import type { Actor } from "../accounts/actor";
import { and, asc, eq, max } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "../../db/client";
import { supportServices } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { notFound } from "../http/responses";
import { webAddress } from "../organisations/web-address";
import { nationalHelplines } from "./directory.server";

const text = (max: number, tooLong: string) => z.string().trim().max(max, tooLong).default("");

/** Error messages are translation keys (distribution errors). */
export const supportServiceSchema = z.object({
  name: z.string().trim().min(1, "distribution.errors.serviceNameRequired").max(120, "distribution.errors.nameTooLong"),
  nameCy: z.string().trim().min(1, "distribution.errors.serviceNameCyRequired").max(120, "distribution.errors.nameTooLong"),
  description: text(500, "distribution.errors.descriptionTooLong"),
  descriptionCy: text(500, "distribution.errors.descriptionTooLong"),
  phone: z
    .string()
    .trim()
    .max(40, "distribution.errors.phoneFormat")
    .regex(/^(?:\+?[0-9][0-9 ()-]{1,38})?$/, "distribution.errors.phoneFormat")
    .default(""),
  url: webAddress({ message: "distribution.errors.serviceUrl", optional: true, max: 300 }).default(""),
  hours: text(200, "distribution.errors.hoursTooLong"),
  hoursCy: text(200, "distribution.errors.hoursTooLong"),
});

export type SupportServiceInput = z.output<typeof supportServiceSchema>;

const columns = {
  id: supportServices.id,
  name: supportServices.name,
  nameCy: supportServices.nameCy,
  description: supportServices.description,
  descriptionCy: supportServices.descriptionCy,
  phone: supportServices.phone,
  url: supportServices.url,
  hours: supportServices.hours,
  hoursCy: supportServices.hoursCy,
};

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];
type Db = ReturnType<typeof getDb> | Tx;

function ordered(db: Db, organisationId: number) {
  return db
    .select(columns)
    .from(supportServices)
    .where(eq(supportServices.organisationId, organisationId))
    .orderBy(asc(supportServices.position), asc(supportServices.id))
    .all();
}

/** The organisation's services in the order respondents see them. */
export function listSupportServices(organisationId: number) {
  return ordered(getDb(), organisationId);
}

/** One of the organisation's services, or 404. */
export function getSupportService(organisationId: number, serviceId: number) {
  const row = getDb()
    .select(columns)
    .from(supportServices)
    .where(and(eq(supportServices.id, serviceId), eq(supportServices.organisationId, organisationId)))
    .get();
  if (!row) notFound();
  return row;
}

function audit(tx: Tx, actor: Actor, action: string, objectId: number | null, detail?: Record<string, unknown>) {
  recordAudit(tx, {
    organisationId: actor.organisation.id,
    actorUserId: actor.id,
    action,
    objectType: "support_service",
    objectId,
    detail,
  });
}

export function addSupportService(actor: Actor, input: SupportServiceInput) {
  return getDb().transaction((tx) => {
    const last = tx
      .select({ position: max(supportServices.position) })
      .from(supportServices)
      .where(eq(supportServices.organisationId, actor.organisation.id))
      .get();
    const row = tx
      .insert(supportServices)
      .values({ ...input, organisationId: actor.organisation.id, position: (last?.position ?? -1) + 1 })
      .returning({ id: supportServices.id })
      .get();
    audit(tx, actor, "support_service.created", row.id, { name: input.name });
    return row.id;
  });
}

export function updateSupportService(actor: Actor, serviceId: number, input: SupportServiceInput) {
  getSupportService(actor.organisation.id, serviceId);
  getDb().transaction((tx) => {
    tx.update(supportServices)
      .set(input)
      .where(and(eq(supportServices.id, serviceId), eq(supportServices.organisationId, actor.organisation.id)))
      .run();
    audit(tx, actor, "support_service.updated", serviceId, { name: input.name });
  });
}

export function deleteSupportService(actor: Actor, serviceId: number) {
  const service = getSupportService(actor.organisation.id, serviceId);
  getDb().transaction((tx) => {
    tx.delete(supportServices)
      .where(and(eq(supportServices.id, serviceId), eq(supportServices.organisationId, actor.organisation.id)))
      .run();
    audit(tx, actor, "support_service.deleted", serviceId, { name: service.name });
  });
}

/** Swaps a service with its neighbour, renumbering the whole list so equal or missing positions cannot stick. */
export function moveSupportService(actor: Actor, serviceId: number, direction: "up" | "down") {
  getSupportService(actor.organisation.id, serviceId);
  getDb().transaction((tx) => {
    const ids = ordered(tx, actor.organisation.id).map((row) => row.id);
    const from = ids.indexOf(serviceId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to], ids[from]];
    ids.forEach((id, position) =>
      tx
        .update(supportServices)
        .set({ position })
        .where(and(eq(supportServices.id, id), eq(supportServices.organisationId, actor.organisation.id)))
        .run(),
    );
    audit(tx, actor, "support_service.moved", serviceId, { direction });
  });
}

/**
 * Starts the directory from the shipped national helplines, which respondents
 * see anyway while the directory is empty. Refused once the organisation has
 * services of its own, so a second click cannot duplicate them.
 */
export function copyNationalHelplines(actor: Actor) {
  const helplines = nationalHelplines();
  return getDb().transaction((tx) => {
    if (ordered(tx, actor.organisation.id).length > 0)
      return { ok: false as const, error: "distribution.errors.directoryNotEmpty" };
    helplines.forEach((entry, position) =>
      tx
        .insert(supportServices)
        .values({
          organisationId: actor.organisation.id,
          name: entry.name.en,
          nameCy: entry.name.cy,
          description: entry.description.en,
          descriptionCy: entry.description.cy,
          phone: entry.phone,
          url: entry.url,
          hours: entry.hours.en,
          hoursCy: entry.hours.cy,
          position,
        })
        .run(),
    );
    recordAudit(tx, {
      organisationId: actor.organisation.id,
      actorUserId: actor.id,
      action: "support_directory.copied_national",
      objectType: "support_directory",
      objectId: null,
      detail: { services: helplines.length },
    });
    return { ok: true as const, copied: helplines.length };
  });
}
