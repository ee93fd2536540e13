/**
 * Lower-case, accent-free text that still holds its punctuation, for parsers
 * that need the structure ("H/F", "(69)", "12,50 €/h") that normalize() drops.
 * Every run of white space (no-break and thin spaces included) becomes one
 * space; dashes, apostrophes and middle dots are unified.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[·•‧∙⋅]/g, '·')
    .replace(/\s+/g, ' ')
    .trim();
}
