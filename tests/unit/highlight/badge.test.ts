// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBadge, summary } from '@/utils/highlight/badge';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { FRENCH_LABELS } from './labels-fr';
import { developerProfile } from './page';

const result = scoreOffer(
  { title: 'Développeur Java H/F', location: 'Montpellier - 34', contract: 'CDD' },
  compileMatchProfile(developerProfile),
);

/** A badge inside a link of a card, with its closed shadow root caught at creation (tests only). */
function badgeInLink() {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  const link = document.createElement('a');
  link.href = 'https://www.hellowork.com/fr-fr/emplois/1.html';
  const badge = createBadge(document, result, FRENCH_LABELS);
  link.append(badge.host);
  document.body.replaceChildren(link);
  const root = attach.mock.results[0]?.value as ShadowRoot;
  const button = root.querySelector('button') as HTMLButtonElement;
  // The popover is built on first opening.
  const pop = () => root.querySelector<HTMLElement>('.pop');
  return { link, badge, root, button, pop };
}

// The events as a browser sends them: composed (they cross the closed root, where the window's listeners
// meet them), the pointer's coming and going as mouseover and mouseout, relatedTarget where it comes from.
const focus = (target: EventTarget) => target.dispatchEvent(new FocusEvent('focus', { composed: true }));
const blur = (target: EventTarget) => target.dispatchEvent(new FocusEvent('blur', { composed: true }));
const enter = (target: EventTarget) =>
  target.dispatchEvent(
    new MouseEvent('mouseover', { bubbles: true, composed: true, relatedTarget: document.body }),
  );
const leave = (target: EventTarget) =>
  target.dispatchEvent(
    new MouseEvent('mouseout', { bubbles: true, composed: true, relatedTarget: document.body }),
  );

afterEach(() => vi.restoreAllMocks());

describe('badge', () => {
  it('shows the score and the métier, coloured by verdict, with a spoken summary of every reason', () => {
    expect(result.verdict).toBe('partial');
    const { button, badge } = badgeInLink();
    expect(badge.host.shadowRoot).toBeNull();
    expect(button.className).toBe('badge partial');
    expect(button.textContent).toBe(`${result.score}${result.metier}`);
    const label = button.getAttribute('aria-label') ?? '';
    expect(label).toBe(summary(result, FRENCH_LABELS));
    expect(label).toContain(result.criteria.contract.reason);
    expect(label).toContain('Correspond en partie');
  });

  it('opens its reasons on click without following the card link, and closes on Escape', () => {
    const { link, button, pop } = badgeInLink();
    const linkClicks = vi.fn();
    link.addEventListener('click', linkClicks);
    expect(pop()).toBeNull();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(linkClicks).not.toHaveBeenCalled();
    expect(pop()?.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(pop()?.id);
    const items = [...(pop()?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(items).toHaveLength(6);
    expect(items).toContain(`✗Contrat${result.criteria.contract.reason}`);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(pop()?.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps every press on it from the card: its bubbling handlers never see one, its own presses still reach them', () => {
    const { link, button, pop } = badgeInLink();
    const presses = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick'];
    const seenByLink: string[] = [];
    const seenOnTheWayDown: string[] = [];
    for (const type of presses) {
      link.addEventListener(type, () => seenByLink.push(type));
      document.addEventListener(type, () => seenOnTheWayDown.push(type), true);
    }
    // Twice each: the guard is not spent by the first press.
    for (let round = 0; round < 2; round++)
      for (const type of presses)
        button.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
    expect(seenByLink).toEqual([]);
    expect(seenOnTheWayDown).toEqual([...presses, ...presses]);
    expect(pop()).toBeNull();
    for (const type of presses) link.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
    expect(seenByLink).toEqual(presses);
  });

  it('opens on focus and hover, closes on blur and, a moment after, on leave', () => {
    vi.useFakeTimers();
    const { button, pop } = badgeInLink();
    focus(button);
    expect(pop()?.hidden).toBe(false);
    blur(button);
    expect(pop()?.hidden).toBe(true);
    enter(button);
    expect(pop()?.hidden).toBe(false);
    leave(button);
    vi.advanceTimersByTime(250);
    expect(pop()?.hidden).toBe(false);
    vi.advanceTimersByTime(100);
    expect(pop()?.hidden).toBe(true);
    vi.useRealTimers();
  });

  it('stays open while the pointer moves onto its reasons, and closes once it leaves them (WCAG 1.4.13: hoverable)', () => {
    vi.useFakeTimers();
    const { button, pop } = badgeInLink();
    enter(button);
    leave(button);
    vi.advanceTimersByTime(100);
    enter(pop() as HTMLElement);
    vi.advanceTimersByTime(1000);
    expect(pop()?.hidden).toBe(false);
    // Back onto the badge and off again: the close starts afresh.
    leave(pop() as HTMLElement);
    vi.advanceTimersByTime(200);
    enter(button);
    vi.advanceTimersByTime(1000);
    expect(pop()?.hidden).toBe(false);
    leave(button);
    vi.advanceTimersByTime(1000);
    expect(pop()?.hidden).toBe(true);
    vi.useRealTimers();
  });

  it('stays open when the pointer moves straight between its button and its reasons', () => {
    vi.useFakeTimers();
    const { button, pop } = badgeInLink();
    enter(button);
    const reasons = pop() as HTMLElement;
    button.dispatchEvent(
      new MouseEvent('mouseout', { bubbles: true, composed: true, relatedTarget: reasons }),
    );
    reasons.dispatchEvent(
      new MouseEvent('mouseover', { bubbles: true, composed: true, relatedTarget: button }),
    );
    vi.advanceTimersByTime(1000);
    expect(reasons.hidden).toBe(false);
    vi.useRealTimers();
  });

  it('keeps a click on its reasons from the card link, and open', () => {
    const { link, button, pop } = badgeInLink();
    const linkClicks = vi.fn();
    link.addEventListener('click', linkClicks);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    pop()?.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(linkClicks).not.toHaveBeenCalled();
    expect(pop()?.hidden).toBe(false);
    // The button's next click still closes them.
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    expect(pop()?.hidden).toBe(true);
  });

  it('adds no listener to a badge: hundreds of badges share one set on the window', () => {
    const targets: EventTarget[] = [];
    const add = vi.spyOn(EventTarget.prototype, 'addEventListener');
    add.mockImplementation(function (this: EventTarget) {
      targets.push(this);
    });
    const badges = Array.from({ length: 50 }, () => createBadge(document, result, FRENCH_LABELS));
    expect(badges).toHaveLength(50);
    expect(targets.every((target) => target === window)).toBe(true);
  });

  it('closes on Escape wherever the focus is, without taking the key from the page (WCAG 1.4.13: dismissible)', () => {
    const { button, pop } = badgeInLink();
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    enter(button);
    expect(pop()?.hidden).toBe(false);
    // The focus is on the page, not on the badge.
    const escapeKey = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    document.body.dispatchEvent(escapeKey);
    expect(pop()?.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(escapeKey.defaultPrevented).toBe(false);
    expect(pageKeys).toHaveBeenCalledTimes(1);
    // Other keys leave open reasons alone.
    enter(button);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(pop()?.hidden).toBe(false);
    document.removeEventListener('keydown', pageKeys);
  });
});
