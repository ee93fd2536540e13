/**
 * The badge: a <button> with the score and the métier, and a popover listing
 * each criterion with its reason. It lives in a CLOSED shadow root on a host
 * element: page CSS cannot reach inside and page scripts cannot read it
 * (host.shadowRoot is null for them). Every page-derived string goes in
 * through textContent, never markup.
 */
import { CRITERIA, type CriterionStatus, type MatchResult, type Verdict } from '@/utils/matching/result';
import type { BadgeLabels } from './labels';

/** Tag of the host element: a custom element name, so page CSS written for real tags does not hit it. */
export const HOST_TAG = 'repere-emploi-mark';
/** Attributes on the host (visible to the page and to tests: no personal data, just the verdict). */
export const VERDICT_ATTRIBUTE = 'data-repere-verdict';
export const SCORE_ATTRIBUTE = 'data-repere-score';

const ICONS: Record<CriterionStatus, string> = { ok: '✓', partial: '~', ko: '✗', unknown: '?' };

// Colours with at least 4.5:1 contrast for their text (WCAG AA). Written compact: it ships in every page's script.
// The host's margin is set from inside (!important: the host's inline all:initial would win otherwise), so a
// copy of the host the page makes (shadow roots are not cloned) takes no room at all.
// One rule a line, joined without line breaks (each was two bytes of the minified script).
const STYLE =
  ':host{all:initial;margin-inline-start:.4em!important}' +
  '.badge{all:initial;display:inline-flex;align-items:center;gap:4px;box-sizing:border-box;max-width:16em;padding:1px 7px;border-radius:999px;border:1px solid transparent;font:600 12px/18px system-ui,sans-serif;cursor:pointer;white-space:nowrap;vertical-align:middle}' +
  '.badge:focus-visible{outline:2px solid #1d4ed8;outline-offset:2px}' +
  '.match{background:#e6f4ea;color:#0b5a24;border-color:#0b5a24}' +
  '.partial{background:#fff4d6;color:#6b4200;border-color:#8a5a00}' +
  '.no{background:#f1f1f1;color:#3d3d3d;border-color:#6b6b6b}' +
  '.metier{overflow:hidden;text-overflow:ellipsis;font-weight:400}' +
  '.pop{all:initial;position:fixed;z-index:2147483647;box-sizing:border-box;width:max-content;max-width:min(22em,90vw);padding:8px 10px;border:1px solid #6b6b6b;border-radius:6px;background:#fff;color:#1a1a1a;font:13px/1.4 system-ui,sans-serif;box-shadow:0 2px 8px rgb(0 0 0/.2)}' +
  '.pop[hidden]{display:none}' +
  '.pop ul{all:initial;display:block;list-style:none;font:inherit;color:inherit}' +
  '.pop li{display:flex;gap:6px;font:inherit;color:inherit}' +
  '.icon{width:1em;text-align:center;font-weight:700}' +
  '.ok .icon{color:#0b5a24}' +
  '.partial-c .icon{color:#6b4200}' +
  '.ko .icon{color:#a30000}' +
  '.name{font-weight:600}' +
  '.reason{overflow-wrap:anywhere}';

/** What every badge of a document is cloned from, made once per document (cloning skips re-parsing the host's style and building the button). */
interface Prototype {
  host: HTMLElement;
  button: HTMLButtonElement;
  /** One constructed stylesheet shared by every badge's shadow root (parsed once); null where this world cannot adopt it. */
  sheet: CSSStyleSheet | null;
  /** Whether a shadow root of this world took the sheet. */
  adopts: boolean;
}

const prototypes = new WeakMap<Document, Prototype>();

function prototypeOf(doc: Document): Prototype {
  const known = prototypes.get(doc);
  if (known) return known;
  const host = doc.createElement(HOST_TAG);
  // Inline: the page's stylesheets cannot out-rank these without !important on a tag they do not know.
  host.setAttribute('style', 'all:initial;display:inline-block;vertical-align:middle;line-height:0');
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  button.append(span(doc, 'score'), span(doc, 'metier'));
  const made: Prototype = { host, button, sheet: constructedSheet(doc), adopts: false };
  prototypes.set(doc, made);
  return made;
}

function constructedSheet(doc: Document): CSSStyleSheet | null {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? globalThis.CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(STYLE);
    return sheet;
  } catch {
    return null;
  }
}

/**
 * Styles a shadow root: the shared sheet where the browser adopts it (not every content-script world
 * does: checked on the first badge only), else a <style>.
 */
function addStyle(root: ShadowRoot, doc: Document, prototype: Prototype): void {
  const sheet = prototype.sheet;
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      if (prototype.adopts || root.adoptedStyleSheets.length === 1) {
        prototype.adopts = true;
        return;
      }
    } catch {
      // Falls through to a <style> element.
    }
    prototype.sheet = null;
  }
  const style = doc.createElement('style');
  style.textContent = STYLE;
  root.prepend(style);
}

const stopPropagation = (event: Event) => event.stopPropagation();

/** A press on a badge that the card's own handlers must never see: only stopped, no behaviour of ours. */
const PRESSES = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick'];
/** What the window's listeners follow for every badge (see watchBadges). */
const WATCHED = [...PRESSES, 'click', 'mouseover', 'mouseout', 'focus', 'blur'];

/** A badge's own state, found by its host. */
interface BadgeState {
  doc: Document;
  labels: BadgeLabels;
  host: HTMLElement;
  root: ShadowRoot;
  button: HTMLButtonElement;
  score: HTMLElement;
  metier: HTMLElement;
  current: MatchResult;
  pinned: boolean;
  // Built on first opening: thousands of cards must not cost thousands of hidden popovers.
  pop: HTMLElement | null;
  list: HTMLElement | null;
  /** Closes on a scroll of the page; made on first opening. */
  onScroll: (() => void) | null;
  /** Closes on Escape wherever the focus is (the reasons may be open under the pointer only); made on first opening. */
  onEscape: ((event: Event) => void) | null;
  /** The close that leaving the badge started (see LEAVE_GRACE_MS), until the pointer comes back. */
  closing: ReturnType<typeof setTimeout> | null;
}

/**
 * How long the reasons stay open once the pointer leaves the badge or the
 * reasons: time to move from the badge onto them (they open a few pixels
 * below), so that they can be read under the pointer (WCAG 1.4.13, content
 * on hover: hoverable). Coming back onto either keeps them open.
 */
const LEAVE_GRACE_MS = 300;

/** Our hosts and their badges (a press on a badge is told from any other at the window by its host). */
const byHost = new WeakMap<EventTarget, BadgeState>();
const watchedViews = new WeakSet<Window>();

/** True for a host this script made (any other element with our tag is a copy the page made). */
export function isBadgeHost(node: Node): boolean {
  return byHost.has(node);
}

/**
 * One set of listeners per window, not six on every badge (those took 2.5-5 ms of a ~40 ms pass over a
 * 1,000-card listing, side by side): the events a badge answers are composed, so they cross its closed root on
 * their way down from the window, where they name its host. The pointer coming onto the badge (its
 * button or its reasons) or the focus on it opens the reasons; leaving, a moment after, or the focus
 * going, closes them. A click, and the presses around it, get a one-time listener on the host, which
 * stops them there on their way back up: after the badge, before the card's own handlers and link,
 * while the page's capture listeners still see them go down.
 */
function watchBadges(view: Window | null): void {
  if (!view || watchedViews.has(view)) return;
  watchedViews.add(view);
  const onWindow = (event: Event) => {
    // The page sees our host as the target (the shadow root is closed); some DOMs give the inner node.
    for (const host of event.composedPath()) {
      const state = byHost.get(host);
      if (!state) continue;
      // A move between the button and the reasons is an out and an over: the over cancels the close.
      if (event.type === 'mouseover' || event.type === 'focus') open(state);
      else if (event.type === 'mouseout') closeSoon(state);
      else if (event.type === 'blur') close(state);
      else
        host.addEventListener(event.type, event.type === 'click' ? onClick : stopPropagation, { once: true });
      return;
    }
  };
  for (const type of WATCHED) view.addEventListener(type, onWindow, { capture: true, passive: true });
}

export interface Badge {
  host: HTMLElement;
  update(result: MatchResult): void;
  close(): void;
}

/** Builds a badge for a result; the caller inserts `host` into the page. */
export function createBadge(doc: Document, result: MatchResult, labels: BadgeLabels): Badge {
  const prototype = prototypeOf(doc);
  const host = prototype.host.cloneNode(false) as HTMLElement;
  const root = host.attachShadow({ mode: 'closed' });
  const button = prototype.button.cloneNode(true) as HTMLButtonElement;
  root.append(button);
  addStyle(root, doc, prototype);
  const state: BadgeState = {
    doc,
    labels,
    host,
    root,
    button,
    score: button.firstChild as HTMLElement,
    metier: button.lastChild as HTMLElement,
    current: result,
    pinned: false,
    pop: null,
    list: null,
    onScroll: null,
    onEscape: null,
    closing: null,
  };
  byHost.set(host, state);
  watchBadges(doc.defaultView);
  update(state, result);
  return { host, update: (next) => update(state, next), close: () => close(state) };
}

/** A click on the badge, at its host on the way back up: pins the reasons open, or closes them. */
function onClick(event: Event): void {
  const state = byHost.get(event.currentTarget as EventTarget);
  if (!state) return;
  swallow(event);
  if (state.pinned) close(state);
  else {
    state.pinned = true;
    open(state);
  }
}

// Inside the shadow root only: the card's own link and handlers never see a click on the badge.
function swallow(event: Event): void {
  event.preventDefault();
  event.stopPropagation();
}

function open(state: BadgeState): void {
  const { doc, button } = state;
  keepOpen(state);
  let pop = state.pop;
  if (pop && !pop.hidden) return;
  if (!pop) {
    pop = doc.createElement('div');
    pop.className = 'pop';
    pop.id = 'reasons';
    const list = doc.createElement('ul');
    pop.append(list);
    state.pop = pop;
    state.list = list;
    fillList(state);
    state.root.append(pop);
    button.setAttribute('aria-controls', 'reasons');
    // A click on the reasons neither follows the card's link nor closes them (stopped before the host).
    pop.addEventListener('click', swallow);
  }
  pop.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  place(button, pop, doc);
  state.onScroll ??= () => close(state);
  state.onEscape ??= (event) => {
    if ((event as KeyboardEvent).key === 'Escape') close(state);
  };
  const view = doc.defaultView;
  // Fixed under the button: a scroll would leave it behind, so it closes.
  view?.addEventListener('scroll', state.onScroll, { capture: true, passive: true, once: true });
  // Not swallowed: the page's own Escape (a dialog of its own) still works.
  view?.addEventListener('keydown', state.onEscape, { capture: true, passive: true });
}

/** Closes the reasons LEAVE_GRACE_MS after the pointer left the badge or them, unless pinned by a click. */
function closeSoon(state: BadgeState): void {
  if (state.pinned || !state.pop || state.pop.hidden) return;
  keepOpen(state);
  state.closing = setTimeout(() => close(state), LEAVE_GRACE_MS);
}

/** Cancels a close the pointer's leaving started. */
function keepOpen(state: BadgeState): void {
  if (state.closing === null) return;
  clearTimeout(state.closing);
  state.closing = null;
}

function close(state: BadgeState): void {
  keepOpen(state);
  const view = state.doc.defaultView;
  if (state.onScroll) view?.removeEventListener('scroll', state.onScroll, { capture: true });
  if (state.onEscape) view?.removeEventListener('keydown', state.onEscape, { capture: true });
  state.pinned = false;
  if (state.pop) state.pop.hidden = true;
  state.button.setAttribute('aria-expanded', 'false');
}

function fillList(state: BadgeState): void {
  state.list?.replaceChildren(...criterionItems(state.doc, state.current, state.labels));
}

function update(state: BadgeState, next: MatchResult): void {
  const { host, button, score, metier, labels } = state;
  const excluded = next.excluded !== undefined;
  host.setAttribute(VERDICT_ATTRIBUTE, shownVerdict(next));
  host.setAttribute(SCORE_ATTRIBUTE, String(next.score));
  // An excluded offer shows why, not a score of 0.
  button.className = `badge ${excluded ? 'no' : next.verdict}`;
  score.textContent = excluded ? labels.excluded : String(next.score);
  metier.textContent = excluded ? '' : (next.metier ?? '');
  metier.hidden = excluded || !next.metier;
  button.setAttribute('aria-label', summary(next, labels));
  state.current = next;
  fillList(state);
}

/** The verdict the host shows the page and the tests: `excluded` for an offer the person's exclusions rule out. */
export function shownVerdict(result: MatchResult): Verdict | 'excluded' {
  return result.excluded !== undefined ? 'excluded' : result.verdict;
}

/** One line per criterion: icon, name, reason (the reason as text only); for an excluded offer, only why. */
function criterionItems(doc: Document, result: MatchResult, labels: BadgeLabels): HTMLElement[] {
  if (result.excluded !== undefined) {
    return [criterionItem(doc, 'ko', labels.excluded, labels.excludedBecause(result.excluded))];
  }
  return CRITERIA.map((name) => {
    const { status, reason } = result.criteria[name];
    return criterionItem(doc, status, labels.criterion[name], reason);
  });
}

function criterionItem(doc: Document, status: CriterionStatus, name: string, reason: string): HTMLElement {
  const item = doc.createElement('li');
  item.className = status === 'partial' ? 'partial-c' : status;
  const icon = span(doc, 'icon', ICONS[status]);
  icon.setAttribute('aria-hidden', 'true');
  item.append(icon, span(doc, 'name', name), span(doc, 'reason', reason));
  return item;
}

function span(doc: Document, className: string, text = ''): HTMLElement {
  const element = doc.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** What a screen reader says of the badge: verdict, score, métier, then every criterion (excluded: why). */
export function summary(result: MatchResult, labels: BadgeLabels): string {
  if (result.excluded !== undefined) {
    return `${labels.product}, ${labels.excluded}. ${labels.excludedBecause(result.excluded)}`;
  }
  // Concatenated, not joined from arrays: it is built for every badge.
  let spoken = `${labels.product}, ${labels.verdict[result.verdict]}, ${labels.scoreOutOf(result.score)}`;
  if (result.metier) spoken += `, ${result.metier}`;
  let separator = '. ';
  for (const name of CRITERIA) {
    const { status, reason } = result.criteria[name];
    spoken += separator + labels.reasonLine(labels.criterion[name], labels.status[status], reason);
    separator = ' ; ';
  }
  return spoken;
}

/** Puts the popover under the button, inside the viewport (fixed: a card's overflow cannot clip it). */
function place(button: HTMLElement, pop: HTMLElement, doc: Document): void {
  const rect = button.getBoundingClientRect();
  const view = doc.defaultView;
  const width = view?.innerWidth ?? 0;
  const height = view?.innerHeight ?? 0;
  const popRect = pop.getBoundingClientRect();
  const left = Math.max(4, Math.min(rect.left, width - popRect.width - 4));
  const below = rect.bottom + 4;
  const top =
    below + popRect.height > height && rect.top > popRect.height + 4 ? rect.top - popRect.height - 4 : below;
  pop.style.left = `${Math.round(left)}px`;
  pop.style.top = `${Math.round(top)}px`;
}
