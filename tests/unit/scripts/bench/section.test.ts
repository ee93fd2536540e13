import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../../../scripts/bench/section';

describe('bench statistics', () => {
  it('median of odd and even counts, NaN for none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('percentile by nearest rank', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i); // 20..1, unsorted on purpose
    expect(percentile(values, 25)).toBe(5);
    expect(percentile(values, 75)).toBe(15);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile([], 50)).toBeNaN();
  });
});
