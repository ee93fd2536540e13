import { describe, expect, it } from 'vitest';
import { outermost, outermostInOrder } from '../../../utils/sites/card-spec';
import { parseDocument } from './load-page';

describe('outermost', () => {
  it('drops cards inside other cards and duplicates, keeps the rest in order', () => {
    const doc = parseDocument(`<main><ul>
      <li id="a"><div id="a1"><div id="a2"></div></div></li>
      <li id="b"></li>
      <li id="c"><article id="c1"></article></li>
    </ul><section><div id="d"><div id="d1"></div></div></section></main>`);
    const byId = (id: string) => doc.getElementById(id) as Element;
    const list = ['a2', 'a', 'b', 'a1', 'c1', 'b', 'd1', 'c', 'd'].map(byId);
    expect(outermost(list).map((el) => el.id)).toEqual(['a', 'b', 'c', 'd']);
    // Without their containers, the inner ones stand.
    expect(outermost(['a2', 'c1', 'd1', 'b'].map(byId)).map((el) => el.id)).toEqual(['a2', 'c1', 'd1', 'b']);
    expect(outermost(['a2', 'a1'].map(byId)).map((el) => el.id)).toEqual(['a1']);
  });

  it('gives, on a list in document order, what outermost gives', () => {
    const doc = parseDocument(`<main><ul>
      <li class="c" id="a"><div class="c" id="a1"><div class="c" id="a2"></div></div><p class="c" id="a3"></p></li>
      <li class="c" id="b"></li>
      <li id="x"><article class="c" id="c1"><i class="c" id="c2"></i></article><b class="c" id="c3"></b></li>
    </ul><section><div id="d"><div class="c" id="d1"></div></div></section><span class="c" id="e"></span></main>`);
    for (const selector of ['.c', 'div.c, article, i, b', 'li, .c', 'div, i, span']) {
      const list = [...doc.querySelectorAll(selector)];
      const ids = outermost(list).map((el) => el.id);
      expect(outermostInOrder(list).map((el) => el.id)).toEqual(ids);
    }
    expect(outermostInOrder([...doc.querySelectorAll('.c')]).map((el) => el.id)).toEqual([
      'a',
      'b',
      'c1',
      'c3',
      'd1',
      'e',
    ]);
  });
});
