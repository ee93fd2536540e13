/**
 * The highlighting on a page, shared by every content script (define.ts): ask
 * the background for the match profile (none: touch nothing), then pass ->
 * report, re-run on page changes and settings changes; start again when the
 * profile changes (follow-profile.ts). The adapter comes from the script's
 * entrypoint, so a page loads only the one it needs.
 */
import { createHighlighter, type PageCounts } from '@/utils/highlight/highlighter';
import { badgeLabels } from '@/utils/highlight/labels';
import { createPassScheduler, observePage } from '@/utils/highlight/observer';
import { measurePass, TIMING } from '@/utils/highlight/timing';
import { compileMatchProfile } from '@/utils/matching/score';
import type { MatchProfileAnswer } from '@/utils/messaging';
import { watchProfileStamp } from '@/utils/profile-stamp';
import { type DisplaySettings, loadSettings, watchSettings } from '@/utils/settings';
import type { SiteAdapter } from '@/utils/sites/types';
import { followProfile } from './follow-profile';
import { pagePort, reportPage, requestMatchProfile } from './messages';

export async function runHighlighting(
  adapter: SiteAdapter,
  onInvalidated: (stop: () => void) => void,
): Promise<void> {
  performance.mark(TIMING.start);
  const [answer, loaded] = await Promise.all([requestMatchProfile(), loadSettings()]);
  let settings = loaded;
  if (answer) performance.mark(TIMING.profile);
  const follower = followProfile(answer, requestMatchProfile, (next) =>
    highlightPage(adapter, next, settings),
  );
  const unwatchStamp = watchProfileStamp(() => void follower.changed());
  const unwatchSettings = watchSettings((next) => {
    settings = next;
    follower.current()?.setSettings(next);
  });
  onInvalidated(() => {
    unwatchStamp();
    unwatchSettings();
    follower.stop();
  });
}

/** Marks the page for one match profile until stopped; stopping takes the marks and the tab's counts away. */
function highlightPage(adapter: SiteAdapter, answer: MatchProfileAnswer, settings: DisplaySettings) {
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
  return {
    setSettings(next: DisplaySettings) {
      highlighter.setSettings(next);
      scheduler.schedule();
    },
    stop() {
      unobserve();
      highlighter.dispose();
      highlighter.clear();
      // The background clears the tab's badge and status when the port closes.
      port.release();
    },
  };
}
