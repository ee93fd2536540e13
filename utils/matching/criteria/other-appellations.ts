/**
 * The appellations of other trades that a métier's word evidence would take
 * whole (TitleEvidence `otherAppellations`), found when the match profile is
 * derived, in the background: a title that is exactly one of them names that
 * trade ("Secrétaire" is M1607's, whatever the accounting secretaries' head
 * word says), so the title criterion makes it a near métier at most
 * (criteria/title.ts), and no métier of the family when no word of the
 * family itself backs it. Only what the evidence takes counts: a title holding a
 * form of the family matches by that form, as before.
 */

import type { Appellation, RomeLexicon } from '../../rome/lexicon';
import { parseOffer } from '../parse-offer';
import { PARSE_TABLES } from '../parse-tables';
import { MIN_ROOT } from '../stem';
import { formTokens } from '../title';
import type { WordTest } from '../word-filter';
import { compileTitle, scoreTitle, type TitleOfMetier } from './title';
import type { TitleEvidence } from './title-evidence';
import { stemKey } from './title-evidence-score';
import { findForm } from './title-index';
import { appellationStems } from './title-word-stats';

/**
 * Every appellation's stemKey, from the stems the weights read (title-word-stats.ts), and the
 * appellations by the starts of their stems; once per lexicon. Reading every label as a title
 * instead took 250 ms.
 */
interface AppellationIndex {
  /** Each appellation's stemKey, from those stems. */
  keys: string[];
  /** Each appellation's readings with their keys (readingsOf), made when a code first reaches it. */
  readings: Array<Array<[string, string]> | undefined>;
  /** The appellations by the first MIN_ROOT letters of their stems: what a family word, its root or prefix reaches. */
  byStart: Map<string, number[]>;
}

const indexes = new WeakMap<RomeLexicon, AppellationIndex>();

function appellationIndex(lexicon: RomeLexicon): AppellationIndex {
  const known = indexes.get(lexicon);
  if (known) return known;
  const index: AppellationIndex = { keys: [], readings: [], byStart: new Map() };
  const stems = appellationStems(lexicon);
  lexicon.appellations.forEach((appellation, i) => {
    const words = stems.get(appellation.code) ?? [];
    index.keys.push([...words].sort().join(' '));
    for (const stem of words) {
      const start = stem.slice(0, MIN_ROOT);
      const list = index.byStart.get(start);
      if (list) list.push(i);
      else index.byStart.set(start, [i]);
    }
  });
  indexes.set(lexicon, index);
  return index;
}

const found = new WeakMap<RomeLexicon, Map<string, string[]>>();

/**
 * The stemKeys of the appellations outside a code's family and its parent's
 * fiches that the title criterion of the code's forms and `evidence` calls ok
 * by word evidence alone; none the family's own appellations share. Once per
 * lexicon and code, from the code's data only: a person's own label and
 * keywords add forms, which the criterion reads before any evidence.
 */
export function otherAppellationsOf(
  lexicon: RomeLexicon,
  romeCode: string,
  evidence: TitleEvidence,
  romeWords?: WordTest,
): string[] {
  let byCode = found.get(lexicon);
  if (!byCode) {
    byCode = new Map();
    found.set(lexicon, byCode);
  }
  const known = byCode.get(romeCode);
  if (known) return known;
  const title = {
    label: '',
    titleForms: [...lexicon.titleFormsForRome(romeCode)],
    relatedForms: [],
    titleEvidence: evidence,
  };
  const keys = compute(lexicon, romeCode, title, romeWords);
  byCode.set(romeCode, keys);
  return keys;
}

/**
 * The texts an appellation is read as a title from, with their stemKeys: its label, and each of its
 * readings whose words differ. A label that joins two names with " / " and no gender between them
 * ("Responsable développement / Business Developer") is either name alone; the two genders of one
 * name have the same stems, and are read once. A label ending in its acronym ("Agent de service
 * hospitalier (ASH)", "Auxiliaire spécialisé vétérinaire -ASV-") is read without it too, as boards
 * write it: "Agent de service hospitalier" was a match for four fiches of care service managers
 * and directors too, "Accompagnant éducatif et social" for three other parent codes (the
 * childminders', the school supervisors'…). Folds 0 and 1 of `npm run eval:matching`
 * unchanged but for these two common titles.
 */
function readingsOf(appellation: Appellation, labelKey: string): Array<[string, string]> {
  const readings: Array<[string, string]> = [[appellation.label, labelKey]];
  const acronym = TRAILING_ACRONYM.exec(appellation.label)?.[1]?.toLowerCase();
  if (appellation.forms.length < 2 && acronym === undefined) return readings;
  for (const form of appellation.forms) {
    const bare =
      acronym !== undefined && form.endsWith(` ${acronym}`) ? form.slice(0, -acronym.length - 1) : '';
    for (const text of bare ? [form, bare] : [form]) {
      const key = stemKey(formTokens(text));
      if (!readings.some(([, known]) => known === key)) readings.push([text, key]);
    }
  }
  return readings;
}

/** An acronym closing a label, in parentheses or between dashes, as the ROME writes them: "(ASH)", "-CIP-". */
const TRAILING_ACRONYM = /[(-]([A-Z][A-Z0-9]{1,7})[)-]\s*$/;

function compute(lexicon: RomeLexicon, romeCode: string, metier: TitleOfMetier, romeWords?: WordTest) {
  const words = metier.titleEvidence?.words;
  if (!words) return [];
  const parent = lexicon.parentOf(romeCode) ?? romeCode;
  const near = new Set(
    [...lexicon.fichesOf(parent), ...lexicon.fichesOf(romeCode)].map((fiche) => fiche.code),
  );
  const index = appellationIndex(lexicon);
  const title = compileTitle(metier, romeWords);
  const own = new Set<string>();
  const taken = new Set<string>();
  const seen = new Set<number>();
  // Evidence needs a family word of positive weight, or its root or prefix (criteria/title.ts: `backed`),
  // all starting as that word does: only appellations with such a start are read.
  const keyed = new Set<string>();
  for (const word in words) {
    if ((words[word] ?? 0) <= 0) continue;
    for (const i of index.byStart.get(word.slice(0, MIN_ROOT)) ?? []) {
      if (seen.has(i)) continue;
      seen.add(i);
      const appellation = lexicon.appellations[i];
      const key = index.keys[i];
      if (!appellation || key === undefined) continue;
      const ownFiche = near.has(appellation.fiche);
      index.readings[i] ??= readingsOf(appellation, key);
      for (const [text, textKey] of index.readings[i]) {
        if (ownFiche) own.add(textKey);
        if (ownFiche || keyed.has(textKey)) continue;
        keyed.add(textKey);
        const offer = parseOffer({ title: text }, PARSE_TABLES);
        if (findForm(title.family, offer.titleTokens)) continue;
        if (scoreTitle(offer, title).status === 'ok') taken.add(textKey);
      }
    }
  }
  return [...taken].filter((key) => !own.has(key));
}
