import { describe, expect, it } from 'vitest';
import { outermost } from '../../../utils/sites/card-spec';
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
});
