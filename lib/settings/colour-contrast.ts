/**
 * WCAG 2.1 contrast for the host's main colour. The colour is the header's background under white text and the
 * colour of links on white and on the pale panels (#eef5fa, #f1f5f9), so it must reach 4.5:1 against the palest
 * of those backgrounds that is darkest, #eef5fa; that also gives at least 4.5:1 with white.
 */
export const MIN_CONTRAST = 4.5;
const PALE_BACKGROUND = "#eef5fa";

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of "#rrggbb" (WCAG 2.1). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two "#rrggbb" colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** Why a main colour is refused, in Swedish, or null when it can be used. */
export function brandColourProblem(hex: string): string | null {
  if (!HEX_COLOUR.test(hex)) return "Skriv färgen som # och sex tecken 0–9 eller a–f, till exempel #0b3a5b.";
  const ratio = contrastRatio(hex, PALE_BACKGROUND);
  if (ratio < MIN_CONTRAST) {
    // Rounded down, so a colour just below the limit never reads as "4,50:1".
    const shown = (Math.floor(ratio * 100) / 100).toFixed(2).replace(".", ",");
    return `Färgen är för ljus: kontrasten mot vit text och ljusa bakgrunder är ${shown}:1 och behöver vara minst 4,5:1. Välj en mörkare nyans.`;
  }
  return null;
}
