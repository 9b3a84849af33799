/** Brand colours sit behind white header text, so they must pass WCAG AA contrast with white. */

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

function channel(hex: string) {
  const c = parseInt(hex, 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(colour: string): number {
  const hex = colour.slice(1);
  return 0.2126 * channel(hex.slice(0, 2)) + 0.7152 * channel(hex.slice(2, 4)) + 0.0722 * channel(hex.slice(4, 6));
}

/** The contrast ratio of white text on the colour, from 1 to 21. */
export function contrastWithWhite(colour: string): number {
  return 1.05 / (relativeLuminance(colour) + 0.05);
}

/** Normal-size text needs 4.5:1 (WCAG 2.2 AA, 1.4.3). */
export const MINIMUM_CONTRAST = 4.5;
