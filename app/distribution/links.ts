/** Addresses and file names for distribution links. Pure, so the page and the QR routes agree. */

/** The survey's public address, with the channel's code when there is one. */
export function surveyLink(origin: string, slug: string, code?: string): string {
  const base = `${origin.replace(/\/+$/, "")}/s/${encodeURIComponent(slug)}`;
  return code ? `${base}?ch=${encodeURIComponent(code)}` : base;
}

/** "Poster in custody suite" → "poster-in-custody-suite"; Welsh letters lose their accents ("Ŵyl" → "wyl"). */
export function fileSafe(text: string, maxLength = 50): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
}

/** A download's file name from the survey's web address name and the channel's label. */
export function qrFileName(slug: string, label: string, channelId: number, extension: "svg" | "png"): string {
  const name = fileSafe(label) || `channel-${channelId}`;
  return `${fileSafe(slug, 60) || "survey"}-${name}-qr.${extension}`;
}

/** A Content-Disposition header that makes the browser save the file under that name. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}
