/**
 * QR codes, made here on the server with `qrcode`: no third-party service ever
 * sees a survey's links. Error correction M survives a scuffed poster.
 */
import QRCode from "qrcode";

/** Quiet zone around the code, in modules (the QR standard asks for 4). */
const MARGIN = 4;

/** Big enough to print sharply on an A4 poster (about 10 cm at 300 dots per inch). */
export const PNG_WIDTH = 1200;

/** The code as one SVG path of dark squares, plus its size in modules including the quiet zone. */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y += 1) {
    let x = 0;
    while (x < modules.size) {
      if (!modules.get(y, x)) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < modules.size && modules.get(y, x)) x += 1;
      parts.push(`M${start + MARGIN} ${y + MARGIN}h${x - start}v1h-${x - start}z`);
    }
  }
  return { size: modules.size + 2 * MARGIN, path: parts.join("") };
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c);

/** A standalone SVG file: self-contained, no links, fonts or images, with a title naming what it opens. */
export function qrSvgDocument(text: string, title: string): string {
  const { size, path } = qrPath(text);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 10}" height="${size * 10}" role="img" shape-rendering="crispEdges">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${size}" height="${size}" fill="#ffffff"/>`,
    `<path fill="#000000" d="${path}"/>`,
    `</svg>`,
    "",
  ].join("\n");
}

export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: "png", errorCorrectionLevel: "M", margin: MARGIN, width: PNG_WIDTH });
}
