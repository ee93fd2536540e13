/**
 * The extension's translator: browser.i18n.getMessage under the `Translate`
 * shape that the pure formatters take, so UI code and tests share one contract.
 */
import type { MessageKey, Translate } from './profile/describe';

export type { MessageKey, Translate };

// The generated WxtI18n overloads only learn new keys on `wxt prepare`; the
// key type here comes straight from messages.json instead.
const getMessage = (key: string, substitutions?: string | string[]): string =>
  browser.i18n.getMessage(key as 'extName', substitutions);

/** Translates a message key, with its $1… substitutions; falls back to the key so a gap shows up in review. */
export const t: Translate = (key, substitutions) => getMessage(key, substitutions) || key;
