/**
 * The Métiers recherchés answer (france-travail.md §2) as a zod schema:
 * strict on types (a string where a number belongs fails), tolerant of codes
 * it does not know, of extra fields, and of every optional field being absent.
 */
import { z } from 'zod';

const codeLabel = z.looseObject({ code: z.string(), libelle: z.string() });
/** Some code objects come without a label (mobiliteHabitation.unite). */
const codeMaybeLabel = z.looseObject({ code: z.string(), libelle: z.string().optional() });

export const lieuSchema = z.looseObject({
  code: z.string(),
  libelle: z.string(),
  codePostal: z.string().optional(),
  codeDepartement: z.string().optional(),
  type: codeMaybeLabel,
});

export const mobiliteSchema = z.looseObject({
  rayon: z.number().nonnegative().optional(),
  unite: codeMaybeLabel.optional(),
  lieu: lieuSchema,
});

export const contratSchema = z.looseObject({
  priorite: z.number(),
  critereOre: z.boolean().optional(),
  type: z.looseObject({ code: z.string(), libelle: z.string(), libelleLong: z.string().optional() }),
});

export const dureeHebdoSchema = z.looseObject({
  critereOre: z.boolean().optional(),
  tempsTravail: z.looseObject({
    code: z.string(),
    libelle: z.string(),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
});

export const metierRechercheSchema = z.looseObject({
  typologieEmploi: codeLabel,
  rome: codeLabel.optional(),
  appellation: codeLabel.optional(),
  dureeExperience: z.looseObject({ valeur: z.number().nonnegative(), unite: codeMaybeLabel }).optional(),
  mobiliteHabitation: z.looseObject({ valeur: z.number().nonnegative(), unite: codeMaybeLabel }).optional(),
  mobilites: z.array(mobiliteSchema).optional(),
  salaire: z
    .looseObject({ code: z.string(), libelle: z.string(), remuneration: z.number().nonnegative() })
    .optional(),
  contrats: z.array(contratSchema).optional(),
  dureesHebdo: z.array(dureeHebdoSchema).optional(),
  typeCrefCreation: z.boolean().optional(),
  typeCrefReprise: z.boolean().optional(),
  typeCrefFranchise: z.boolean().optional(),
});

export const metiersRecherchesSchema = z.array(metierRechercheSchema);

export type MetierRecherche = z.infer<typeof metierRechercheSchema>;
export type MetiersRecherches = z.infer<typeof metiersRecherchesSchema>;

/** "[0].salaire.remuneration: expected number, received string" — the path and the rule, never the value. */
export function describeSchemaIssues(
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
      return `${path.replace(/^\./, '') || '(root)'}: ${issue.message}`;
    })
    .join('; ');
}
