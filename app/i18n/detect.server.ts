import { DEFAULT_LANGUAGE, isLanguage, type Language } from "./i18n";

export const LANGUAGE_COOKIE = "lng";

function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

/** The first supported language in Accept-Language, by quality. */
export function fromAcceptLanguage(header: string | null): Language | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag: tag.trim().toLowerCase().split("-")[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.tag).find(isLanguage);
}

/**
 * Order: `?lng=` in the address, then the language cookie (staff pages only),
 * then a signed-in person's saved preference, then Accept-Language.
 */
export function detectLanguage(request: Request, preference?: string | null): Language {
  const url = new URL(request.url);
  const fromQuery = url.searchParams.get("lng");
  if (isLanguage(fromQuery)) return fromQuery;
  const fromCookie = readCookie(request.headers.get("Cookie"), LANGUAGE_COOKIE);
  if (isLanguage(fromCookie)) return fromCookie;
  if (isLanguage(preference)) return preference;
  return fromAcceptLanguage(request.headers.get("Accept-Language")) ?? DEFAULT_LANGUAGE;
}
