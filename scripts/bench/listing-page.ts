/**
 * Listing pages for the browser benchmark: the real HelloWork listing
 * (tests/fixtures/pages/hellowork/) with its 30 real cards replaced by `count`
 * copies of them, each with its own offer id and a title and a place taken
 * from the real fixture offers (scripts/lib/fixture-offers.ts), recombined so that titles and
 * places vary. Page scripts are dropped: the page must do the same work with
 * and without the extension, and reach no network.
 *
 * The site's stylesheet is not served either (its host resolves nowhere), but
 * its `tw-hidden` rule is restored: the page leans on it to keep hidden what
 * its scripts would show, among them a loading animation in the job-alert form
 * (SVG <animateTransform>, repeating forever). Left visible, that animation
 * made headless Chromium recomposite the whole listing every frame, which kept
 * the renderer's main thread busy for as long as the page stayed open and
 * interleaved those frames with the page's load and the content script's pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { fixtureOffers } from '../lib/fixture-offers';

const FIXTURE = join(
  import.meta.dirname,
  '../../tests/fixtures/pages/hellowork/listing-developpeur-montpellier-2026-03.html',
);
export const LISTING_HOST = 'www.hellowork.com';
export const LISTING_PATH = '/fr-fr/emploi/recherche.html';
export const CARD_SELECTOR = 'li[data-id-storage-item-id]';
/** Ids of made-up offers start here, far from the fixture's real ids. */
const FIRST_ID = 900_000_000;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** A real card as text with {{ID}}, {{TITLE}} and {{PLACE}} where its own id, title and place were. */
interface CardTemplate {
  fill(id: number, title: string, place: string): string;
}

function templateOf(card: Element): CardTemplate {
  const id = card.getAttribute('data-id-storage-item-id') ?? '';
  const titleNode = card.querySelector('[data-cy="offerTitle"] h3 p');
  const placeNode = card.querySelector('[data-cy="localisationCard"]');
  const title = titleNode?.textContent?.trim() ?? '';
  const place = placeNode?.textContent?.trim() ?? '';
  if (!id || !title || !place) throw new Error('a HelloWork fixture card lacks its id, title or place');
  // Each value appears as text and inside attributes (hidden inputs, aria-labels): replace every spelling.
  let html = card.outerHTML.split(id).join('{{ID}}');
  for (const spelling of new Set([escapeAttribute(title), escapeText(title), title])) {
    html = html.split(spelling).join('{{TITLE}}');
  }
  for (const spelling of new Set([escapeAttribute(place), escapeText(place), place])) {
    html = html.split(spelling).join('{{PLACE}}');
  }
  const parts = html.split(/(\{\{(?:ID|TITLE|PLACE)\}\})/);
  return {
    fill(newId, newTitle, newPlace) {
      const values: Record<string, string> = {
        '{{ID}}': String(newId),
        '{{TITLE}}': escapeAttribute(newTitle),
        '{{PLACE}}': escapeAttribute(newPlace),
      };
      return parts.map((part) => values[part] ?? part).join('');
    },
  };
}

export interface ListingBuilder {
  /** The whole page with `count` cards. */
  page(count: number): string;
  /** `count` more cards (as HTML), numbered from `from` so their ids differ from the page's. */
  cards(from: number, count: number): string;
}

/** Reads the fixture and the fixture offers once; builds pages of any size from them. */
export function listingBuilder(): ListingBuilder {
  const { document } = parseHTML(readFileSync(FIXTURE, 'utf8'));
  for (const script of [...document.querySelectorAll('script')]) script.remove();
  const hidden = document.createElement('style');
  hidden.textContent = '.tw-hidden { display: none }';
  document.head.append(hidden);
  const cards = [...document.querySelectorAll(CARD_SELECTOR)];
  const list = cards[0]?.parentElement;
  if (!list) throw new Error('no cards in the HelloWork fixture');
  const templates = cards.map(templateOf);
  const offers = fixtureOffers();
  const titles = [...new Set(offers.map((o) => o.title).filter((t): t is string => !!t))];
  const places = [...new Set(offers.map((o) => o.location).filter((p): p is string => !!p))];
  // A stride co-prime with the number of places: the same title meets many places, and neighbours differ.
  const stride = [7, 11, 13, 17, 19, 23].find((n) => places.length % n !== 0) ?? 1;
  const card = (i: number) =>
    (templates[i % templates.length] as CardTemplate).fill(
      FIRST_ID + i,
      titles[i % titles.length] ?? '',
      places[(i * stride) % places.length] ?? '',
    );
  const cardsHtml = (from: number, count: number) =>
    Array.from({ length: count }, (_, k) => card(from + k)).join('\n');
  const marker = '<!--repere-bench-cards-->';
  for (const c of cards) c.remove();
  list.append(document.createComment('repere-bench-cards'));
  const shell = document.toString();
  if (!shell.includes(marker)) throw new Error('could not place the cards');
  return {
    page: (count) => shell.replace(marker, cardsHtml(0, count)),
    cards: cardsHtml,
  };
}
