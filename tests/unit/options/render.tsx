/** Renders the options view (or a part of it) in happy-dom with the real French messages. */
import { readFileSync } from 'node:fs';
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { TranslateContext } from '../../../components/translate-context';
import type { ReferenceData } from '../../../entrypoints/options/reference-data';
import { decodeCommunes } from '../../../utils/geo/communes';
import { decodeLexicon } from '../../../utils/rome/lexicon';
import { translator } from '../locales-translator';

let data: ReferenceData | undefined;

/** The shipped lexicon and commune index, decoded once for all tests. */
export function referenceData(): ReferenceData {
  data ??= {
    lexicon: decodeLexicon(JSON.parse(readFileSync('public/data/rome-lexicon.json', 'utf8'))),
    communes: decodeCommunes(JSON.parse(readFileSync('public/data/communes.json', 'utf8'))),
  };
  return data;
}

export function mount(node: ComponentChildren) {
  document.documentElement.lang = 'fr-FR';
  document.title = 'Repère Emploi';
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(<TranslateContext.Provider value={translator('fr')}>{node}</TranslateContext.Provider>, root);
  });
  const get = <T extends HTMLElement = HTMLElement>(selector: string) => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
  };
  return { root, get };
}

/** Types into an input as a person does: value set, input event fired. */
export function type(input: HTMLInputElement, text: string): void {
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function key(input: HTMLElement, name: string): void {
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
  });
}

export function click(element: HTMLElement): void {
  act(() => element.click());
}
