import { describe, expect, it } from 'vitest';
import { cleanText, MAX_FIELD_LENGTH, textOf } from '../../../utils/sites/text';
import { parseDocument } from './load-page';

describe('cleanText', () => {
  it('collapses whitespace, no-break spaces included, and trims', () => {
    expect(cleanText('\n   Montpellier\u00a0-\u202f34\t ')).toBe('Montpellier - 34');
    expect(cleanText(null)).toBe('');
  });

  it('caps a field at MAX_FIELD_LENGTH characters', () => {
    expect(cleanText('a'.repeat(MAX_FIELD_LENGTH * 3))).toHaveLength(MAX_FIELD_LENGTH);
  });
});

describe('textOf', () => {
  it('reads visible text only: scripts, styles and templates are skipped', () => {
    const doc = parseDocument(
      '<div id="c"><style>.x{color:red}</style><span>Développeur</span><script>var a = 1;</script> <b>Java</b><template>t</template></div>',
    );
    expect(textOf(doc.getElementById('c'))).toBe('Développeur Java');
  });

  it('separates blocks and line breaks but not inline runs', () => {
    const doc = parseDocument(
      '<p id="c">CDI<br>Temps plein</p><div id="d"><p>A</p><p>B</p><em>St</em>age</div>',
    );
    expect(textOf(doc.getElementById('c'))).toBe('CDI Temps plein');
    expect(textOf(doc.getElementById('d'))).toBe('A B Stage');
  });
});
