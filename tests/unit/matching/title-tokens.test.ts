import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../scripts/data/load-assets';
import { formTokens, titleForms, titleTokens } from '../../../utils/matching/title';
import { offresTitlesAndLabels } from './real-titles';

/** The distinct formTokens of every form, in order: what titleTokens must give. */
const tokensOfForms = (raw: string) => [...new Set(titleForms(raw).flatMap(formTokens))];

describe('titleTokens and titleForms agree', () => {
  // The tokens are read from every reading without joining them into forms first: this checks
  // that shortcut against the forms, on real titles and on text full of markers and pairs.
  it('on every real offer title and ROME label', () => {
    const titles = offresTitlesAndLabels();
    expect(titles.length).toBeGreaterThan(1_000);
    for (const raw of titles) expect(titleTokens(raw)).toEqual(tokensOfForms(raw));
  });

  it('on random text made of title pieces', () => {
    const pieces = [
      'Vendeur',
      'Vendeuse',
      '(se)',
      '(e)',
      ' (e)',
      '.e',
      '·ère',
      '/ne',
      '-euse',
      '-le-',
      ' / ',
      ' - ',
      'H/F',
      '(F/H/X)',
      'h ou f',
      'R&D',
      '3 D',
      'de',
      'l’',
      'Stage',
      'Bac+2',
      '6 mois',
      '2026',
      'temps partiel',
      'contrat pro',
      'recherche un',
      'fin',
      'Garçon',
      'Fille',
      ' ',
    ];
    const raw = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((parts) => parts.join(' '));
    const glued = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(raw, glued), (title) => {
        expect(titleTokens(title)).toEqual(tokensOfForms(title));
      }),
      { numRuns: 3_000 },
    );
  });
});

/** Every text node of every saved page: the titles the adapters read, and all the text around them. */
function pageTexts(): string[] {
  const dir = new URL('../../fixtures/pages', import.meta.url).pathname;
  const texts = new Set<string>();
  for (const board of readdirSync(dir, { withFileTypes: true })) {
    if (!board.isDirectory()) continue;
    for (const file of readdirSync(join(dir, board.name))) {
      const { document } = parseHTML(readFileSync(join(dir, board.name, file), 'utf8'));
      const walker = document.createTreeWalker(document, 4);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        if (text !== '' && text.length <= 400) texts.add(text);
      }
    }
  }
  return [...texts];
}

// The oracle of any faster reading of the tokens: every ROME label, every text of the saved
// pages and random text (accents, markers, pairs, notices, digits, punctuation, other scripts,
// titles longer than the cut) give the tokens of the forms, in the same order.
describe('titleTokens and the tokens of titleForms, on everything at hand', () => {
  it('on every appellation and fiche label of the shipped lexicon', () => {
    const lexicon = loadLexicon();
    const labels = [
      ...lexicon.appellations.map((a) => a.label),
      ...lexicon.fiches.flatMap((f) => [f.label, f.v3Label ?? '']),
    ];
    expect(labels.length).toBeGreaterThan(10_000);
    const differing = labels.filter((raw) => titleTokens(raw).join(' ') !== tokensOfForms(raw).join(' '));
    expect(differing).toEqual([]);
  });

  it('on every text node of the saved pages', () => {
    const texts = pageTexts();
    expect(texts.length).toBeGreaterThan(1_000);
    const differing = texts.filter((raw) => titleTokens(raw).join(' ') !== tokensOfForms(raw).join(' '));
    expect(differing).toEqual([]);
  });

  it('on random text of title pieces and any characters', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'Développeur',
        'développeuse',
        'Boulanger',
        'boulangère',
        'Chef',
        'cheffe',
        'de',
        'l’',
        'd’',
      ),
      fc.constantFrom(
        '(e)',
        '(se)',
        '.e',
        '·ère',
        '/ne',
        '-euse',
        'H/F',
        '(F/H/X)',
        'h ou f',
        ' / ',
        ' - ',
        '/',
        '-',
      ),
      fc.constantFrom(
        'É',
        'à',
        'Œ',
        'ß',
        '\u00a0',
        '\u0301',
        '–',
        '·',
        '&',
        '+',
        '#',
        '€',
        '…',
        '🙂',
        'İ',
        'ﬁ',
        '`',
      ),
      fc.constantFrom(
        'Stage',
        'CDI',
        'temps partiel',
        'recherche un',
        'bac 2',
        '6 mois',
        '2026',
        'R&D',
        '3 D',
        'x',
      ),
      fc.integer({ min: 0, max: 0x24f }).map((code) => String.fromCharCode(code)),
      fc.string({ maxLength: 8 }),
    );
    const title = fc
      .tuple(
        fc.array(piece, { maxLength: 24 }),
        fc.constantFrom(' ', '', '-', '/'),
        fc.integer({ min: 1, max: 40 }),
      )
      .map(([parts, glue, times]) => (times > 35 ? parts.join(glue).repeat(times) : parts.join(glue)));
    fc.assert(
      fc.property(title, (raw) => {
        expect(titleTokens(raw)).toEqual(tokensOfForms(raw));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('noise phrases in real titles (WTTJ, LinkedIn, HelloWork)', () => {
  it.each([
    ['STAGE – Candidature spontanée – Rejoins l’aventure Mama !', ['mama']],
    ['OFFRE DE STAGE DEVELOPPEUR WEB & MOBILE', ['developpeur web mobile']],
    ['Racine Paris recherche un stagiaire H/F en IT/Data (1er semestre 2027)', ['it data']],
    // "hors" is a preposition (a stop word): no métier word is left.
    ['Candidature spontanée pour Stage (hors alternance)', []],
    // The word of a phrase ("full" of "full time") without the rest of the phrase is kept.
    [
      'Software Engineering (Full-Stack) Intern - in Sydney, Australia',
      ['software engineering full stack in sydney australia'],
    ],
    ['Assistant(e) Showroom – Mission de courte durée', ['assistant showroom', 'assistante showroom']],
  ])('%s', (raw, expected) => {
    expect(titleForms(raw)).toEqual(expected);
  });
});

describe('gender markers next to marks that make none (real titles)', () => {
  it.each([
    // A space between the word and its parenthesis, and a second parenthesis marker.
    [
      'SAINT LAURENT Stage Assistant (e) coordinateur(rice) RTW Operations',
      [
        'saint laurent assistant coordinateur rtw operations',
        'saint laurent assistante coordinatrice rtw operations',
      ],
    ],
    // A joined marker, and a "/" between two words that are no gendered pair.
    [
      'STAGE - Chargé.e de projet Marchés Publics (AAP / AO)',
      ['charge de projet marches publics aap ao', 'chargee de projet marches publics aap ao'],
    ],
    // "-s" of "Full-stack" is a mark the dash pattern looks at, but no ending (then read in French: english-title.ts).
    ['Stage - Full-stack engineer', ['ingenieur full stack']],
    ['Assistant·e d’édition - [STAGE]', ['assistant d edition', 'assistante d edition']],
  ])('%s', (raw, expected) => {
    expect(titleForms(raw)).toEqual(expected);
  });
});

describe('every feminine ending after every mark', () => {
  // The endings title.ts reads (SUFFIXES), and the few it reads after a dash (DASH_SUFFIX):
  // each must be found alone in a title, whatever letter it starts with.
  const endings = [
    'e',
    'ne',
    'le',
    'se',
    'euse',
    'trice',
    'rice',
    'ice',
    'ere',
    'fe',
    'te',
    've',
    'ive',
    'tive',
    'esse',
    'sse',
  ];
  const afterDash = new Set(['e', 'ne', 'se', 'euse', 'trice', 'rice', 'ere']);

  it.each(endings)('"%s" in parentheses, after a dot, a middle dot and a slash', (ending) => {
    for (const title of [
      `Conseiller(${ending}) clientèle`,
      `Conseiller.${ending} clientèle`,
      `Conseiller·${ending}`,
      `Conseiller/${ending}`,
    ])
      expect(titleForms(title)).toHaveLength(2);
  });

  it.each(endings)('"%s" after a dash only when it cannot be a place name', (ending) => {
    expect(titleForms(`Conseiller-${ending} clientèle`)).toHaveLength(afterDash.has(ending) ? 2 : 1);
  });
});
