import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formTokens, titleForms, titleTokens } from '../../../utils/matching/title';

/** The offer titles of the real Offres v2 answer and the ROME appellation labels of the sample. */
function realTitles(): string[] {
  const answer = JSON.parse(
    readFileSync(
      new URL('../../fixtures/matching/offres-v2-search-response-2024-07.json', import.meta.url),
      'utf8',
    ),
  ) as { resultats: Array<{ intitule: string }> };
  const labels = readFileSync(
    new URL('../../fixtures/matching/rome-appellation-labels-v460-sample.tsv', import.meta.url),
    'utf8',
  )
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t')[0] ?? '');
  return [...answer.resultats.map((offer) => offer.intitule), ...labels];
}

/** The distinct formTokens of every form, in order: what titleTokens must give. */
const tokensOfForms = (raw: string) => [...new Set(titleForms(raw).flatMap(formTokens))];

describe('titleTokens and titleForms agree', () => {
  // The tokens are read from every reading without joining them into forms first: this checks
  // that shortcut against the forms, on real titles and on text full of markers and pairs.
  it('on every real offer title and ROME label', () => {
    const titles = realTitles();
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

describe('noise phrases in real titles (WTTJ, LinkedIn, HelloWork)', () => {
  it.each([
    ['STAGE – Candidature spontanée – Rejoins l’aventure Mama !', ['rejoins l aventure mama']],
    ['OFFRE DE STAGE DEVELOPPEUR WEB & MOBILE', ['developpeur web mobile']],
    ['Racine Paris recherche un stagiaire H/F en IT/Data (1er semestre 2027)', ['it data']],
    ['Candidature spontanée pour Stage (hors alternance)', ['hors']],
    // The word of a phrase ("full" of "full time") without the rest of the phrase is kept.
    [
      'Software Engineering (Full-Stack) Intern - in Sydney, Australia',
      ['software engineering full stack in sydney australia'],
    ],
    [
      'Assistant(e) Showroom – Mission de courte durée',
      ['assistant showroom mission de courte duree', 'assistante showroom mission de courte duree'],
    ],
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
    // "-s" of "Full-stack" is a mark the dash pattern looks at, but no ending.
    ['Stage - Full-stack engineer', ['full stack engineer']],
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
