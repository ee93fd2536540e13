/** axe-core run on a real extension page in Chromium, for the accessibility checks of the e2e suites. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './paths';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

declare const axe: {
  run(
    context: Document,
    options: unknown,
  ): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> }>;
};

/** Serious and critical axe violations on the page, as "rule (n nodes)" (layout and contrast computed by Chromium). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP); the DevTools protocol's evaluate is not a page script.
  await page.evaluate(AXE);
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.nodes.length})`);
}
