import type { Runtime } from 'webextension-polyfill';

/**
 * True for the popup and options pages (also when opened as a tab), false for
 * content scripts and web pages, whose sender URL is the page's.
 */
export function isFromExtensionPage(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || !sender.url) return false;
  return sender.url.startsWith(browser.runtime.getURL('/'));
}
