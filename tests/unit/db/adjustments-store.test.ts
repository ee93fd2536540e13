import { afterEach, describe, expect, it } from 'vitest';
import { deleteAdjustments, readAdjustments, saveAdjustments } from '@/utils/db/adjustments-store';
import { openDatabase, type RepereDatabase } from '@/utils/db/database';

let db: RepereDatabase;
let counter = 0;
afterEach(async () => {
  await db.delete();
});

describe('adjustments store', () => {
  it('reads no adjustments from an empty database, then what was saved, then none after deletion', async () => {
    db = openDatabase(`test-adjustments-${++counter}`);
    expect(await readAdjustments(db)).toEqual({ keywords: [], excludedKeywords: [], excludedCompanies: [] });
    const saved = {
      keywords: ['pâtissier'],
      excludedKeywords: ['alternance'],
      excludedCompanies: ['Intérim Express'],
      minSalary: { amount: 2100, unit: 'M' as const, unitLabel: 'Mensuel' },
    };
    await saveAdjustments(db, saved);
    expect(await readAdjustments(db)).toEqual(saved);
    await deleteAdjustments(db);
    expect((await readAdjustments(db)).excludedKeywords).toEqual([]);
  });

  it('reads a damaged row as no adjustments', async () => {
    db = openDatabase(`test-adjustments-${++counter}`);
    await db.adjustments.put({ id: 'current', keywords: 'not a list' } as never);
    expect(await readAdjustments(db)).toEqual({ keywords: [], excludedKeywords: [], excludedCompanies: [] });
  });
});
