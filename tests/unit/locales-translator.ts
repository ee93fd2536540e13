/**
 * A translator over the real public/_locales files with browser.i18n's rules
 * ($NAME$ placeholders whose content is $1…$9, "$$" for a dollar sign), so
 * tests see the very text the extension shows.
 */
import enMessages from '../../public/_locales/en/messages.json';
import frMessages from '../../public/_locales/fr/messages.json';
import type { MessageKey, Translate } from '../../utils/profile/describe';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, MessageEntry>;

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const MESSAGES: Record<Locale, Messages> = { fr: frMessages, en: enMessages };

/** The content of public/_locales/<locale>/messages.json. */
export function readMessages(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** Substitutes like Chrome's i18n: placeholders first, then $1…$9, then "$$". */
export function format(entry: MessageEntry, substitutions?: string | string[]): string {
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  return entry.message.replace(
    /\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g,
    (whole, name?: string, digit?: string) => {
      if (whole === '$$') return '$';
      if (name !== undefined) {
        const content = placeholders[name.toLowerCase()] ?? '';
        return content.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
      }
      return subs[Number(digit) - 1] ?? '';
    },
  );
}

/** A `Translate` over one locale's messages; throws on a missing key so tests catch it. */
export function translator(locale: Locale): Translate {
  const messages = readMessages(locale);
  return (key: MessageKey, substitutions?: string | string[]) => {
    const entry = messages[key];
    if (!entry) throw new Error(`missing message ${key} in ${locale}`);
    return format(entry, substitutions);
  };
}

/** Turns the non-breaking spaces of French typography and Intl into plain spaces, for readable expectations. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
