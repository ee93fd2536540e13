/**
 * Reads and writes the person's adjustments (one row). A row that no longer
 * parses (older shape, damage) reads as no adjustments rather than failing
 * the highlighting.
 */
import { type Adjustments, adjustmentsSchema, NO_ADJUSTMENTS } from '../adjustments';
import type { RepereDatabase } from './database';

export async function readAdjustments(db: RepereDatabase): Promise<Adjustments> {
  const row = await db.adjustments.get('current');
  if (!row) return NO_ADJUSTMENTS;
  const parsed = adjustmentsSchema.safeParse(row);
  return parsed.success ? parsed.data : NO_ADJUSTMENTS;
}

export async function saveAdjustments(db: RepereDatabase, adjustments: Adjustments): Promise<void> {
  await db.adjustments.put({ ...adjustments, id: 'current' });
}

export async function deleteAdjustments(db: RepereDatabase): Promise<void> {
  await db.adjustments.clear();
}
