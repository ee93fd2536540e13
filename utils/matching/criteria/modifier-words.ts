/**
 * Words (stemmed) that say how, when or where a job is done, never which
 * job: "Employé polyvalent", "Commercial terrain", "Aide-soignant de nuit",
 * "Technicien itinérant", "Commercial sédentaire". A few appellations use
 * each, so each weighed as much as those fiches' own words: "Vendeur
 * polyvalent" matched 25 fiches (the pig breeders, the insurance managers
 * and the sailors among them), "Technicien terrain" the geologists,
 * "Aide-soignant de nuit" the night receptionists. They now weigh nothing
 * for any family (title-evidence-weights.ts), and outside a family count
 * as a word it lacks (title-evidence-score.ts, which lets them cost
 * nothing beside the family's own words). The
 * common titles of eval:matching (tests/fixtures/matching/synthetic-common-
 * titles.txt) went from 3.46 to 2.41 parent codes each. Folds 1-4 of
 * `npm run eval:matching -- --fold K`: true matches -3, -4, 0, -1 (held-out
 * labels such as "Ouvrier agricole polyvalent" that leant on the word),
 * same-domain and same-head false matches 0, 0, 0, -1; fold 0: true
 * matches unchanged, same-head false matches 1031 -> 1030; random ones,
 * Offres v2 and the board titles unchanged on every fold. Weighing 0 in
 * every family instead (no word it lacks) took those titles to 5.74, and
 * dropping them from titles as "H/F" is to 3.83: "Agent polyvalent" is
 * then the bare "Agent", which every agent fiche takes. They also count
 * among the generic words (TitleEvidence `generic`), so that "Employé
 * polyvalent" is as generic a title as "Employé" (criteria/title.ts
 * genericWords): common titles 2.09 -> 1.98; folds 0 and 2-4 unchanged,
 * fold 1 one same-domain false match more.
 *
 * They reach the content scripts as data (TitleEvidence `modifiers`, set by
 * title-evidence-weights.ts), so that no list of them is bundled there.
 */
export const MODIFIER_WORDS: readonly string[] = ['polyvalent', 'nuit', 'terrain', 'itinerant', 'sedentair'];
