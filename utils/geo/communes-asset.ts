/**
 * The shape of public/data/communes.json, written by scripts/build-data.ts and
 * read by decodeCommunes(). Columns of packed integers (utils/geo/packed-ints.ts)
 * keep 35,000 communes under 1 MB.
 */
import { z } from 'zod';

export const COMMUNES_FORMAT = 1;

const packed = z.string().regex(/^[0-9A-Za-z_-]*$/);

export const communesAssetSchema = z.object({
  format: z.literal(COMMUNES_FORMAT),
  source: z.string(),
  /** Département code -> région code, for every département of the communes. */
  departements: z.record(z.string(), z.string()),
  communes: z.object({
    count: z.number().int().nonnegative(),
    /** INSEE codes read in base 36 ("2A004" sorts between "29…" and "2B…"), sorted, as differences. */
    codes: packed,
    /** Official names, separated by "|". */
    names: z.string(),
    /** Per commune: number of postal codes, then each as a difference from the previous postal code read. */
    postalCodes: packed,
    /** Latitudes and longitudes times 10,000, as differences. */
    lat: packed,
    lon: packed,
    population: packed,
    /** Positions of the communes without known coordinates (their lat/lon are 0). */
    withoutCoordinates: packed,
    /** Municipal arrondissements (Paris, Lyon, Marseille): position, then position of their city, as differences. */
    arrondissements: packed,
  }),
  /** Former INSEE codes (base 36, sorted, as differences) and the position of the current commune. */
  former: z.object({ codes: packed, communes: packed }),
});

export type CommunesAsset = z.infer<typeof communesAssetSchema>;
