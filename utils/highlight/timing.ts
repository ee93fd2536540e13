/**
 * User-timing names the content script records for `npm run bench`
 * (scripts/bench/40-browser.ts). Cheap and bounded: two marks per page, and
 * one pass measure that each pass replaces (its detail: the offers counted).
 * The page can read them, but it already sees the badges themselves.
 */
export const TIMING = {
  /** The content script's main() began. */
  start: 'repere:start',
  /** The match profile and settings arrived: from here to the first pass's end, all is main-thread work. */
  profile: 'repere:profile',
  /** The last pass over the page (extract, score, decorate). */
  pass: 'repere:pass',
} as const;

/** Records a pass that began at `started` (performance.now()), replacing the previous one. */
export function measurePass(started: number, offers: number): void {
  performance.clearMeasures(TIMING.pass);
  performance.measure(TIMING.pass, { start: started, detail: offers });
}
