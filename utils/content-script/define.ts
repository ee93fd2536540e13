/**
 * The content scripts, one per job board and one generic (issue 4: a page
 * loads only the adapter it needs, not all eight). WXT wants one entrypoint
 * file per script; each is a line calling one of these, so the scripts differ
 * only by their adapter.
 * Small on purpose: no data tables, only the match profile the background sends.
 *
 * `noScriptStartedPostMessage`: WXT tells an older copy of the script to stop
 * with a DOM event; its extra window.postMessage (kept for old WXT versions)
 * would reach every message listener of the page, name our script to it, and
 * cost the page's main thread ~4 ms at the script's start.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { SiteAdapter } from '@/utils/sites/types';
import { runHighlighting } from './main';

/** A board's content script: declared in the manifest on the board's match patterns (utils/sites/boards.ts). */
export function defineBoardScript(board: SiteAdapter) {
  return defineContentScript({
    matches: [...board.matches],
    runAt: 'document_idle',
    noScriptStartedPostMessage: true,
    main(ctx) {
      void runHighlighting(board, (stop) => ctx.onInvalidated(stop));
    },
  });
}

/**
 * The script for sites enabled by hand ("Activer sur ce site"): not in the
 * manifest, registered at run time for each such host by utils/custom-sites.ts
 * (CONTENT_SCRIPT_FILE), with the generic JobPosting reader.
 */
export function defineCustomSiteScript(generic: SiteAdapter) {
  return defineContentScript({
    registration: 'runtime',
    runAt: 'document_idle',
    noScriptStartedPostMessage: true,
    main(ctx) {
      void runHighlighting(generic, (stop) => ctx.onInvalidated(stop));
    },
  });
}
