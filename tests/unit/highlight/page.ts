/**
 * Puts a saved fixture page into happy-dom's document (the DOM with shadow
 * roots and MutationObserver the content script needs), and a test profile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLACE_NAME_TABLE } from '@/utils/geo/departements';
import type { MatchProfile } from '@/utils/matching/match-profile';
import { TITLE_NOISE } from '@/utils/matching/title-noise';
import { PAGES_DIR } from '../sites/load-page';

export const HELLOWORK_LISTING = 'hellowork/listing-developpeur-montpellier-2026-03.html';
export const HELLOWORK_URL =
  'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=d%C3%A9veloppeur&l=Montpellier';

/** Loads a fixture page into `document` at `url`; stylesheets, frames and external scripts are dropped so happy-dom fetches nothing. */
export function loadIntoDocument(relativePath: string, url: string): void {
  const html = readFileSync(join(PAGES_DIR, relativePath), 'utf8')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '')
    .replace(/<script\b[^>]*\bsrc=[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/^[\s\S]*?<html[^>]*>/i, '')
    .replace(/<\/html>[\s\S]*$/i, '');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = html;
}

/** A web developer around Montpellier, in CDI (written like the output of derive-match-profile). */
export const developerProfile: MatchProfile = {
  version: 2,
  placeNames: PLACE_NAME_TABLE,
  titleNoise: TITLE_NOISE,
  excludedKeywords: [],
  excludedCompanies: [],
  metiers: [
    {
      label: 'Développeur / Développeuse web',
      romeCode: 'M1805',
      titleForms: ['developpeur', 'developpeuse', 'developpeur web', 'developpeuse web'],
      relatedForms: ['analyste programmeur'],
      zone: {
        communes: [
          { name: 'montpellier', departement: '34', postalCodes: ['34000'], km: 0, near: 'Montpellier' },
        ],
        departements: [],
        regions: [],
        centers: [],
        unrestricted: false,
      },
      contracts: ['CDI'],
      workTimes: [],
    },
  ],
};
