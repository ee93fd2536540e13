/**
 * What the options page sends to save a profile typed by hand, checked with
 * zod on arrival in the background (an extension page is trusted, but a
 * stored profile must never hold a shape the matching does not expect).
 */
import { z } from 'zod';

/** The contracts a person can pick by hand (France Travail codes, france-travail.md §3). */
export const MANUAL_CONTRACTS = ['CDI', 'CDD', 'MIS', 'SAI', 'LIB', 'FRA'] as const;
export const MANUAL_SALARY_UNITS = ['H', 'M', 'A'] as const;
export const MANUAL_WORK_TIMES = ['any', 'full', 'part'] as const;
export const MAX_RADIUS_KM = 200;

const codeLabel = z.object({ code: z.string().min(1).max(20), label: z.string().min(1).max(200) });

export const placeSchema = z.object({
  kind: z.enum(['commune', 'departement', 'region']),
  code: z.string().min(1).max(10),
  label: z.string().min(1).max(200),
  postalCode: z.string().max(10).optional(),
  departementCode: z.string().max(5).optional(),
  radiusKm: z.number().int().min(0).max(MAX_RADIUS_KM).optional(),
});

export const salarySchema = z.object({
  amount: z.number().positive().max(1_000_000),
  unit: z.enum(MANUAL_SALARY_UNITS),
  unitLabel: z.string().max(50),
});

export const manualMetierSchema = z.object({
  appellation: codeLabel,
  rome: codeLabel.optional(),
  places: z.array(placeSchema).max(10),
  contracts: z.array(z.enum(MANUAL_CONTRACTS)).max(MANUAL_CONTRACTS.length),
  salary: salarySchema.optional(),
  workTime: z.enum(MANUAL_WORK_TIMES),
  experience: z
    .object({ value: z.number().int().min(0).max(600), unit: z.enum(['years', 'months']) })
    .optional(),
});
export type ManualMetier = z.infer<typeof manualMetierSchema>;

/** Up to two métiers, as France Travail allows. */
export const manualProfileSchema = z.object({ metiers: z.array(manualMetierSchema).min(1).max(2) });
export type ManualProfileInput = z.infer<typeof manualProfileSchema>;
