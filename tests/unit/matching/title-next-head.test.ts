/**
 * The loose reading's head when it is no job noun (title-evidence-score.ts
 * NEXT_HEAD_MISSES): it lets one word vary, as a head pair does, not any
 * number of them.
 */
import { describe, expect, it } from 'vitest';
import { loadCommunes } from '../../../scripts/data/load-assets';
import { engineTitleStatus } from '../../../scripts/lib/eval-title';
import { lexicon } from './held-out-evidence';

const statusOf = engineTitleStatus(lexicon, loadCommunes());

describe('a second word heading a title after a generic first one', () => {
  it('no longer takes a real board title with four words it does not explain', () => {
    // A real Welcome to the Jungle title: a marketing internship, not the army's influence operations (K1701).
    const title = 'Stage – Assistant(e) Influence Marketing – Amérique du Nord & UK H/F';
    expect(statusOf(title, 'K1701')).not.toBe('ok');
    expect(statusOf(title, 'M1705')).toBe('ok');
  });

  it('still heads a title with one word it does not explain, or none', () => {
    expect(statusOf('Assistant influence', 'K1701')).toBe('ok');
    expect(statusOf('Assistant influence terrain', 'K1701')).toBe('ok');
    expect(statusOf('Directeur des jeux', 'G1206')).toBe('ok');
  });
});
