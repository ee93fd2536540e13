import { describe, expect, it } from 'vitest';
import { loadCommunes, loadLexicon } from '../../../scripts/data/load-assets';
import { lexiconCeiling, unfindableIn } from '../../../scripts/lib/eval-ceiling';
import {
  count,
  emptyConfusion,
  falsePositiveRate,
  precision,
  recall,
} from '../../../scripts/lib/eval-metrics';
import {
  enginePredictor,
  evaluateTitles,
  heldOutAppellations,
  type LabelledTitle,
  labelledTitleSpread,
  lexiconCases,
  lexiconWithout,
  offerCases,
  titleSpread,
} from '../../../scripts/lib/eval-title';
import { titleEvidenceOf } from '../../../utils/matching/criteria/title-evidence-weights';
import { normalize } from '../../../utils/matching/normalize';
import { stemWord } from '../../../utils/matching/stem';
import { formTokens } from '../../../utils/matching/title';
import type { RomeLexicon } from '../../../utils/rome/lexicon';

describe('confusion counts and metrics', () => {
  it('counts each decision in its cell and derives precision, recall and false-positive rate', () => {
    const c = emptyConfusion();
    // 3 tp, 1 fn, 2 fp, 4 tn
    for (const [expected, predicted] of [
      [true, true],
      [true, true],
      [true, true],
      [true, false],
      [false, true],
      [false, true],
      [false, false],
      [false, false],
      [false, false],
      [false, false],
    ] as const)
      count(c, expected, predicted);
    expect(c).toEqual({ tp: 3, fn: 1, fp: 2, tn: 4 });
    expect(precision(c)).toBeCloseTo(3 / 5);
    expect(recall(c)).toBeCloseTo(3 / 4);
    expect(falsePositiveRate(c)).toBeCloseTo(2 / 6);
  });

  it('gives NaN, not 0 or 1, when a ratio has nothing to count', () => {
    expect(precision(emptyConfusion())).toBeNaN();
    expect(recall(emptyConfusion())).toBeNaN();
  });

  it('evaluates labelled titles against a predictor and lists the failures', () => {
    // A hand-made truth: "boulanger" fits D1102 and, wrongly, M1805; it misses nothing else.
    const cases: LabelledTitle[] = [
      { title: 'boulanger', code: 'D1102', positives: ['D1102'], negatives: ['M1805', 'K2204'] },
      { title: 'cariste', code: 'N1101', positives: ['N1101'], negatives: ['D1102'] },
    ];
    const says = new Set(['boulanger D1102', 'boulanger M1805']);
    const { confusion, failures } = evaluateTitles(cases, (title, code) => says.has(`${title} ${code}`));
    expect(confusion).toEqual({ tp: 1, fp: 1, fn: 1, tn: 2 });
    expect(failures).toEqual([
      { title: 'boulanger', code: 'D1102', profile: 'M1805', kind: 'false match' },
      { title: 'cariste', code: 'N1101', profile: 'N1101', kind: 'missed' },
    ]);
  });
});

describe('held-out lexicon', () => {
  const lexicon = loadLexicon();
  const held = heldOutAppellations(lexicon, 5);
  const heldCodes = new Set(held.map((a) => a.code));
  const reduced = lexiconWithout(lexicon, heldCodes);

  it('holds out every 5th appellation by code, the same on every run', () => {
    expect(held.length).toBe(Math.ceil(lexicon.appellations.length / 5));
    expect(heldOutAppellations(lexicon, 5).map((a) => a.code)).toEqual(held.map((a) => a.code));
    const sorted = [...lexicon.appellations].map((a) => Number(a.code)).sort((a, b) => a - b);
    expect(held.map((a) => Number(a.code))).toEqual(sorted.filter((_, i) => i % 5 === 0));
  });

  it('holds out another fifth for another fold, the five folds covering every appellation once', () => {
    const folds = [0, 1, 2, 3, 4].map((fold) => heldOutAppellations(lexicon, 5, fold).map((a) => a.code));
    expect(folds[0]).toEqual(held.map((a) => a.code));
    const all = folds.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(lexicon.appellations.length);
  });

  it('builds families without the held-out appellations', () => {
    const sample = held.slice(0, 200);
    for (const appellation of sample) {
      const kept = reduced.appellationsForRome(appellation.fiche);
      expect(kept.some((a) => a.code === appellation.code)).toBe(false);
      // A held-out form stays only if a kept appellation of the family has it too.
      const forms = new Set(reduced.titleFormsForRome(appellation.fiche));
      const keptForms = new Set(kept.flatMap((a) => a.forms));
      for (const form of appellation.forms) expect(forms.has(form)).toBe(keptForms.has(form));
    }
    expect(reduced.appellations.length).toBe(lexicon.appellations.length - held.length);
  });

  it('learns no title evidence from a held-out label: a word only it used weighs nothing for its family', () => {
    // "Actuaire" (C1105) is held out, and no kept appellation says "actuaire".
    const actuaire = held.find((a) => a.label === 'Actuaire');
    expect(actuaire?.fiche).toBe('C1105');
    const word = stemWord('actuaire');
    expect(titleEvidenceOf(lexicon, 'C1105')?.words[word]).toBeGreaterThan(0);
    expect(titleEvidenceOf(reduced, 'C1105')?.words[word]).toBeUndefined();
  });

  it('holds out a ROME v3 label that spells a held-out label, and keeps the others', () => {
    // No v3 label of ROME v460 spells an appellation: one is made to, for "Boulanger / Boulangère" (11573, D1102).
    const spelled: RomeLexicon = {
      ...lexicon,
      fiche: (code) => {
        const fiche = lexicon.fiche(code);
        return fiche?.code === 'D1102' ? { ...fiche, v3Label: 'BOULANGER / Boulangère' } : fiche;
      },
    };
    const without = lexiconWithout(spelled, new Set(['11573']));
    expect(without.fiche('D1102')?.code).toBe('D1102');
    expect(without.fiche('D1102')?.v3Label).toBeUndefined();
    expect(lexiconWithout(spelled, new Set(['11574'])).fiche('D1102')?.v3Label).toBe(
      'BOULANGER / Boulangère',
    );
    expect(reduced.fiche('D1102')?.v3Label).toBe(lexicon.fiche('D1102')?.v3Label);
  });

  it('draws same-domain negatives from the domaine professionnel of the label, under another parent', () => {
    const sample = held.slice(0, 300);
    const cases = lexiconCases(reduced, sample, {
      every: 5,
      negativesPerLabel: 5,
      seed: 1,
      sameDomain: true,
    });
    let drawn = 0;
    for (const [i, item] of cases.entries()) {
      const appellation = sample[i];
      const domain = appellation?.fiche.slice(0, 3) ?? '';
      const pool = lexicon.fiches.filter(
        (f) =>
          f.code.startsWith(domain) &&
          f.parent !== lexicon.parentOf(appellation?.fiche ?? '') &&
          f.parent !== appellation?.parent,
      );
      expect(item.negatives.length).toBe(Math.min(5, pool.length));
      for (const code of item.negatives) {
        expect(code.slice(0, 3)).toBe(domain);
        expect(lexicon.parentOf(code)).not.toBe(lexicon.parentOf(appellation?.fiche ?? ''));
        expect(lexicon.parentOf(code)).not.toBe(appellation?.parent);
      }
      drawn += item.negatives.length;
    }
    expect(drawn).toBeGreaterThan(300);
  });

  it('draws same-head negatives among unrelated fiches with an appellation opening with the same word', () => {
    const sample = held.slice(0, 300);
    const cases = lexiconCases(reduced, sample, { every: 5, negativesPerLabel: 5, seed: 1, sameHead: true });
    const head = (label: string) => stemWord(formTokens(normalize(label))[0] ?? '');
    let drawn = 0;
    for (const [i, item] of cases.entries()) {
      const appellation = sample[i];
      if (!appellation) throw new Error('one case per label');
      expect(item.negatives.length).toBeLessThanOrEqual(5);
      for (const code of item.negatives) {
        expect(lexicon.parentOf(code)).not.toBe(lexicon.parentOf(appellation.fiche));
        expect(lexicon.parentOf(code)).not.toBe(appellation.parent);
        const sameHead = reduced
          .appellationsForRome(code)
          .some((a) => a.fiche === code && head(a.label) === head(appellation.label));
        expect(sameHead).toBe(true);
      }
      drawn += item.negatives.length;
    }
    expect(drawn).toBeGreaterThan(100);
    // "Agent" heads appellations of far more than 40 fiches: it says nothing of the trade, and draws none.
    const agents = cases.filter((c) => c.title.startsWith('Agent /'));
    expect(agents.length).toBeGreaterThan(0);
    for (const agent of agents) expect(agent.negatives).toEqual([]);
  });

  it('counts the parent codes whose fiches take each unlabelled title', () => {
    const taken: Record<string, string[]> = { both: ['D1102', 'M1855', 'M1805'], one: ['D1102'], none: [] };
    const spread = titleSpread(lexicon, ['both', 'one', 'none'], (title, code) =>
      taken[title]?.includes(code) ? 'ok' : 'partial',
    );
    // M1855 and M1805 share their parent: "both" is taken under two parent codes, D1102 and M1805.
    expect(spread).toEqual({ titles: 3, parentsPerTitle: 1, overOneParent: 1, none: 1 });
  });

  it('tells whether the trade a title is labelled with takes it, and which others do', () => {
    const ok: Record<string, string[]> = { own: ['D1102'], other: ['M1805'], both: ['D1102', 'M1855'] };
    const partial: Record<string, string[]> = { other: ['D1102'] };
    const statusOf = (title: string, code: string) =>
      ok[title]?.includes(code) ? 'ok' : partial[title]?.includes(code) ? 'partial' : 'ko';
    const spread = labelledTitleSpread(
      lexicon,
      [
        { title: 'own', parents: ['D1102'] },
        { title: 'other', parents: ['D1102'] },
        { title: 'both', parents: ['D1102'] },
        { title: 'lost', parents: ['D1102', 'D1104'] },
        { title: 'vague', parents: [] },
      ],
      statusOf,
    );
    expect(spread).toMatchObject({ titles: 5, labelled: 4, found: 2, near: 1, missed: ['lost'] });
    // "other" is taken under M1805 and "both" under M1805 too (M1855's parent): 2 over 4 labelled titles.
    expect(spread.otherParentsPerTitle).toBe(0.5);
  });

  it('draws negatives only from fiches under another parent', () => {
    const cases = lexiconCases(reduced, held.slice(0, 300), { every: 5, negativesPerLabel: 5, seed: 1 });
    for (const [i, item] of cases.entries()) {
      const appellation = held[i];
      expect(item.positives).toEqual([appellation?.fiche]);
      expect(new Set(item.negatives).size).toBe(5);
      for (const code of item.negatives) {
        expect(lexicon.parentOf(code)).not.toBe(lexicon.parentOf(appellation?.fiche ?? ''));
        expect(lexicon.parentOf(code)).not.toBe(appellation?.parent);
      }
    }
  });

  it('runs the real engine: a kept appellation matches its own fiche and no unrelated one', () => {
    const predict = enginePredictor(reduced, loadCommunes());
    const kept = reduced.appellations.filter((a) => a.fiche === 'D1102').slice(0, 3);
    expect(kept.length).toBeGreaterThan(0);
    const [item] = offerCases(reduced, [{ title: kept[0]?.label ?? '', romeCode: 'D1102' }]);
    expect(item?.negatives.length).toBeGreaterThan(1000);
    for (const appellation of kept) expect(predict(appellation.label, 'D1102')).toBe(true);
    const { confusion } = evaluateTitles(
      kept.map((a) => ({ ...(item as LabelledTitle), title: a.label })),
      predict,
    );
    expect(confusion.tp).toBe(kept.length);
    expect(confusion.fn).toBe(0);
    expect(confusion.tp + confusion.fp + confusion.fn + confusion.tn).toBe(
      kept.length * (1 + (item?.negatives.length ?? 0)),
    );
    // A match profile for each of the 1,000-odd fiches: each derivation reads the other trades'
    // appellations (criteria/other-appellations.ts), about 10 s in all here, more on a busy machine.
  }, 60_000);
});

describe('the recall ceiling of a lexicon-only matcher', () => {
  const lexicon = loadLexicon();
  const held = (codes: readonly string[]) => {
    const appellations = codes.map((code) => {
      const appellation = lexicon.appellation(code);
      if (!appellation) throw new Error(`no appellation ${code}`);
      return appellation;
    });
    return { appellations, reduced: lexiconWithout(lexicon, new Set(codes)) };
  };

  it('counts nothing against a label that shares its métier word with its fiche', () => {
    // "Boulanger / Boulangère" out of D1102 leaves "Boulanger-traiteur", "Boulanger-viennoisier"…
    const { appellations, reduced } = held(['11573']);
    expect(lexiconCeiling(reduced, appellations)).toEqual({
      labels: 1,
      orphaned: 0,
      noSharedWord: 0,
      recallCeiling: 1,
    });
  });

  it('is a true bound: the engine finds no held-out label the ceiling counts as unfindable', () => {
    const lexicon5 = heldOutAppellations(lexicon, 5);
    const reduced = lexiconWithout(lexicon, new Set(lexicon5.map((a) => a.code)));
    const unfindable = unfindableIn(reduced);
    const predict = enginePredictor(reduced, loadCommunes());
    const sample = lexicon5.filter((_, i) => i % 4 === 0);
    const counted = sample.filter((a) => unfindable(a) !== undefined);
    expect(counted.length).toBeGreaterThan(10);
    for (const appellation of counted) expect(predict(appellation.label, appellation.fiche)).toBe(false);
  });

  it('counts the labels of a fiche held out whole as orphans', () => {
    const codes = lexicon.appellations.filter((a) => a.fiche === 'G1809').map((a) => a.code);
    expect(codes.length).toBeGreaterThan(0);
    const { appellations, reduced } = held(codes);
    const ceiling = lexiconCeiling(reduced, appellations);
    expect(ceiling.orphaned).toBe(codes.length);
    expect(ceiling.recallCeiling).toBe(0);
  });

  it('counts a label that shares no word with what is left of its fiche', () => {
    // G1809 holds "Barista" and "Serveur / Serveuse de café": without the first, nothing says "barista".
    const { appellations, reduced } = held(['200104']);
    expect(reduced.appellations.some((a) => a.fiche === 'G1809')).toBe(true);
    expect(lexiconCeiling(reduced, appellations)).toEqual({
      labels: 1,
      orphaned: 0,
      noSharedWord: 1,
      recallCeiling: 0,
    });
  });
});
