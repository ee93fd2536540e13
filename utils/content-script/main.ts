/**
 * The highlighting on a page, shared by every content script (define.ts): ask
 * the background for the match profile (none: touch nothing), then pass ->
 * report, re-run on page changes and settings changes. The adapter comes from
 * the script's entrypoint, so a page loads only the one it needs.
 */
import { createHighlighter, type PageCounts } from '@/utils/highlight/highlighter';
import { badgeLabels } from '@/utils/highlight/labels';
import { createPassScheduler, observePage } from '@/utils/highlight/observer';
import { measurePass, TIMING } from '@/utils/highlight/timing';
import { compileMatchProfile } from '@/utils/matching/score';
import { loadSettings, watchSettings } from '@/utils/settings';
import type { SiteAdapter } from '@/utils/sites/types';
import { pagePort, reportPage, requestMatchProfile } from './messages';

export async function runHighlighting(
  adapter: SiteAdapter,
  onInvalidated: (stop: () => void) => void,
): Promise<void> {
  performance.mark(TIMING.start);
  const [answer, settings] = await Promise.all([requestMatchProfile(), loadSettings()]);
  if (!answer) return;
  performance.mark(TIMING.profile);
  const highlighter = createHighlighter(
    document,
    adapter,
    compileMatchProfile(answer.profile),
    settings,
    badgeLabels(answer.words),
  );

  let last = '';
  const port = pagePort();
  const pass = () => {
    const started = performance.now();
    const counts: PageCounts = highlighter.pass();
    measurePass(started, counts.offers);
    // After the marks: the port is for the toolbar badge's lifetime, the page's reader does not wait for it.
    port.ensure();
    // The URL is in the signature so a SPA navigation re-reports.
    const signature = JSON.stringify(counts);
    if (signature === last) return;
    last = signature;
    reportPage(counts);
  };
  const scheduler = createPassScheduler(pass, (callback) => requestAnimationFrame(callback));
  pass();
  const unobserve = observePage(document, scheduler, highlighter.onPageChange);
  const unwatch = watchSettings((next) => {
    highlighter.setSettings(next);
    scheduler.schedule();
  });
  onInvalidated(() => {
    unobserve();
    unwatch();
    highlighter.dispose();
    port.release();
  });
}
