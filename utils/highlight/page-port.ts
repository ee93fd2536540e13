/**
 * Name of the port a highlighting page holds open so the background knows when
 * it goes. Its own module, free of zod, because the content script needs it and
 * must stay small; utils/messaging.ts re-exports it.
 */
export const PAGE_PORT_NAME = 'repere-page';
