import { formTokens } from '../title';

/**
 * Title forms indexed by their longest word, so an offer is checked only
 * against the forms that share that word with it: scoring stays linear in
 * the title's length, not in the size of the métier's family.
 */
export interface TitleIndex {
  byKey: Map<string, Array<{ tokens: string[]; form: string }>>;
}

/** Builds the index of normalised forms (forms with no meaningful word are dropped). */
export function buildTitleIndex(forms: readonly string[]): TitleIndex {
  const byKey = new Map<string, Array<{ tokens: string[]; form: string }>>();
  for (const form of forms) {
    const tokens = [...new Set(formTokens(form))];
    if (tokens.length === 0) continue;
    const key = tokens.reduce((a, b) => (b.length > a.length ? b : a));
    const bucket = byKey.get(key);
    if (bucket) bucket.push({ tokens, form });
    else byKey.set(key, [{ tokens, form }]);
  }
  return { byKey };
}

/** The longest form whose every word is in the offer's title, if any. */
export function findForm(index: TitleIndex, titleTokens: ReadonlySet<string>): string | undefined {
  let best: { tokens: string[]; form: string } | undefined;
  for (const token of titleTokens) {
    const bucket = index.byKey.get(token);
    if (!bucket) continue;
    for (const candidate of bucket) {
      if (best && candidate.tokens.length <= best.tokens.length) continue;
      if (candidate.tokens.every((t) => titleTokens.has(t))) best = candidate;
    }
  }
  return best?.form;
}
