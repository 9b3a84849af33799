import { z } from "zod";

/** Error messages are translation keys (distribution errors). */
export const channelSchema = z.object({
  label: z
    .string({ required_error: "distribution.errors.labelRequired" })
    .trim()
    .min(1, "distribution.errors.labelRequired")
    .max(80, "distribution.errors.labelTooLong"),
});

/** A channel id from a form or a route parameter; anything else is a channel that does not exist. */
export function channelIdFrom(value: unknown): number | null {
  const id = Number(value);
  return typeof value === "string" && /^\d+$/.test(value) && Number.isSafeInteger(id) && id > 0 ? id : null;
}
