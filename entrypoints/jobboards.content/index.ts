/**
 * Content script of the job boards (and of sites enabled by hand with
 * "Activer sur ce site", registered at run time by custom-sites.ts).
 * Small on purpose: no data tables, only the match profile the background sends.
 */
import { CONTENT_SCRIPT_MATCHES } from '@/utils/sites/registry';
import { runHighlighting } from './main';

export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    void runHighlighting((stop) => ctx.onInvalidated(stop));
  },
});
