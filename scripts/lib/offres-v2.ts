/**
 * A France Travail Offres d'emploi v2 search answer (`{resultats: […]}`) read
 * for `npm run scan` and the evaluation: each offer mapped to the engine's
 * OfferInput from its structured fields. France Travail's own classification
 * (romeCode, romeLibelle, appellationlibelle) is kept apart, never given to
 * the engine: the title must do the work, as on any other board.
 */
import { z } from 'zod';
import type { OfferInput } from '../../utils/matching/offer';

const text = z.string().optional();

const offresOfferSchema = z.object({
  id: text,
  intitule: text,
  romeCode: text,
  romeLibelle: text,
  appellationlibelle: text,
  entreprise: z.object({ nom: text }).partial().optional(),
  lieuTravail: z
    .object({
      libelle: text,
      codePostal: text,
      commune: text,
      latitude: z.number().optional(),
      longitude: z.number().optional(),
    })
    .optional(),
  typeContrat: text,
  typeContratLibelle: text,
  salaire: z.object({ libelle: text }).partial().optional(),
  dureeTravailLibelle: text,
  dureeTravailLibelleConverti: text,
  experienceExige: text,
  experienceLibelle: text,
  origineOffre: z.object({ urlOrigine: text }).partial().optional(),
});

/** The part of an Offres v2 search answer the scan reads. */
export const offresAnswerSchema = z.object({ resultats: z.array(offresOfferSchema) });

export type OffresOffer = z.infer<typeof offresOfferSchema>;

/** France Travail's public page of an offer, when the answer does not give its URL. */
const OFFER_PAGE = 'https://candidat.francetravail.fr/offres/recherche/detail/';

/** The engine's input for one offer, from its structured fields only (no ROME classification). */
export function offresOfferInput(offer: OffresOffer): OfferInput {
  const input: OfferInput = {};
  if (offer.intitule) input.title = offer.intitule;
  if (offer.entreprise?.nom) input.company = offer.entreprise.nom;
  const place = offer.lieuTravail;
  if (place?.libelle) input.location = place.libelle;
  if (place?.codePostal) input.postalCode = place.codePostal;
  if (place?.latitude !== undefined && place.longitude !== undefined)
    input.coordinates = { lat: place.latitude, lon: place.longitude };
  // The code is exact, the libellé carries the duration ("CDD - 4 Mois").
  const contract = [offer.typeContrat, offer.typeContratLibelle].filter((c): c is string => !!c);
  if (contract.length > 0) input.contract = contract;
  if (offer.salaire?.libelle) input.salary = offer.salaire.libelle;
  const workTime = [offer.dureeTravailLibelle, offer.dureeTravailLibelleConverti].filter(
    (w): w is string => !!w,
  );
  if (workTime.length > 0) input.workTime = workTime;
  if (offer.experienceExige) {
    input.experience = {
      experienceExige: offer.experienceExige,
      ...(offer.experienceLibelle ? { experienceLibelle: offer.experienceLibelle } : {}),
    };
  } else if (offer.experienceLibelle) input.experience = offer.experienceLibelle;
  return input;
}

/** The offer's URL: the one France Travail gives, else its public page built from the id. */
export function offresOfferUrl(offer: OffresOffer): string | undefined {
  return offer.origineOffre?.urlOrigine ?? (offer.id ? `${OFFER_PAGE}${offer.id}` : undefined);
}
