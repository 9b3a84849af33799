import { z } from "zod";

/**
 * An absolute http(s) address, or null. Anything else (javascript:, data:,
 * relative paths, addresses with a user name or password) is refused: these
 * addresses end up in links and redirects on respondent pages.
 */
export function normaliseWebAddress(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || !url.hostname) return null;
  return url.href;
}

/** A zod string that must be an http(s) address (or, when optional, empty). Messages are translation keys. */
export function webAddress({ message, optional = false, max = 500 }: { message: string; optional?: boolean; max?: number }) {
  return z
    .string()
    .trim()
    .max(max, message)
    .transform((value, ctx) => {
      if (optional && value === "") return "";
      const url = normaliseWebAddress(value);
      if (!url) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message });
        return z.NEVER;
      }
      return url;
    });
}
