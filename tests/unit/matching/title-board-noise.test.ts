/**
 * What boards add to a title about when, how and for how much ("saisonnier",
 * "mi-temps", "Télétravail partiel", "Salaire attractif", "Poste à pourvoir
 * immédiatement", "Mutuelle + tickets restaurant", "Horaires de journée"),
 * and the label they put before it ("Recrutement : …"): no ROME appellation
 * writes those words or phrases, and each left in was an unexplained word that
 * kept common titles from their trade (title.ts NOISE_WORDS, NOISE_PHRASES, LABEL).
 */
import { describe, expect, it } from 'vitest';
import { titleTokens } from '@/utils/matching/title';
import { codeTitleStatus } from './code-status';

/** Common titles (tests/fixtures/matching/synthetic-common-titles.txt) with the fiche of their trade that takes them. */
const COMMON = [
  ["Agent d'entretien polyvalent H/F", 'I1203'],
  ['Employé polyvalent de magasin H/F', 'D1507'],
  ['Technicien de maintenance terrain H/F', 'I1304'],
  ['Employé de caisse H/F', 'D1505'],
] as const;

const ADDED = [
  'saisonnier',
  '- Mission intérimaire',
  'mi-temps',
  '- plein temps',
  '- Salaire attractif',
  '- Télétravail partiel',
  '(remote)',
  '- Poste à pourvoir immédiatement',
  '- Samedi et dimanche',
  '- Soir',
  '- Sans expérience',
  'débutant',
  '- Prime',
  '- 2x8',
  '- Saison été - Logé',
  '- Permis B exigé',
  '- Anglais courant',
  '- Temps partiel 80%',
  '- Rémunération attractive',
  '- Horaires de journée',
  '- Horaires de nuit',
  '- Mutuelle + tickets restaurant',
  '- Évolution possible',
  '- Formation assurée',
  '- CDD de remplacement',
  '- Remplacement congé maternité',
  '- Travail en équipe',
  '- Poste évolutif',
  '- Salaire selon profil',
  '- Selon expérience',
  '- Contrat long',
  '- Mission longue durée',
  '- Démarrage immédiat',
  '- Prise de poste immédiate',
  '- Accessible aux débutants',
  '- Avantages CE',
  '- Ticket restaurant',
  '- Véhicule de service',
  '- 13ème mois',
  '- Heures supplémentaires',
  '- Contrat en alternance',
  '- Ouverture de magasin',
  '- Nouveau magasin',
  '- Création de poste',
  '- Statut cadre',
  '- Secteur privé',
  '- Du lundi au vendredi',
  '- Horaires variables',
  '- Poste logé',
  '- Poste de nuit',
  '- Poste à temps plein',
  '- Rejoignez notre équipe',
  '- Grand groupe',
  '- Entreprise familiale',
  '- Repas fournis',
  '- Expérience souhaitée',
  '- Dimanche et jours fériés',
  '- Horaires décalés',
  '- Pré-embauche',
  '- Job dating',
  '- Start-up',
  '- Permis obligatoire',
  '- Travail le week-end',
  '- Rémunération fixe + variable',
  '- En vue d’embauche',
  '- Poste ouvert aux travailleurs handicapés',
];

/** Labels boards put before a title, with their colon. */
const LABELS = [
  'Recrutement :',
  'Poste :',
  'Emploi :',
  "Offre d'emploi :",
  'Recherche :',
  'Annonce :',
  'URGENT :',
];

describe('what a board adds to a title', () => {
  it('is no word of the title', () => {
    expect(titleTokens('Vendeur saisonnier - Mission intérimaire - mi-temps')).toEqual(['vendeur']);
    expect(titleTokens('Serveuse plein temps, salaire attractif, samedi et dimanche')).toEqual(['serveuse']);
    expect(titleTokens('Comptable - Télétravail partiel / hybride - Poste à pourvoir ASAP')).toEqual([
      'comptable',
    ]);
    expect(titleTokens('Cariste - Poste basé à Roissy - Sans expérience')).toEqual(['cariste', 'roissy']);
    expect(titleTokens('Job étudiant - Équipier (H/F) - Permis B exigé')).toEqual(['equipier']);
    expect(titleTokens('Nous recrutons un(e) Vendeur(se)')).toEqual(['vendeur', 'vendeuse']);
    expect(titleTokens('On recrute ! Cariste')).toEqual(['cariste']);
  });

  it.each(COMMON)('keeps %s its trade whatever is added', (title, code) => {
    expect(codeTitleStatus(title, code)).toBe('ok');
    const lost = ADDED.filter((added) => codeTitleStatus(`${title} ${added}`, code) !== 'ok');
    expect(lost).toEqual([]);
  });

  it.each(COMMON)('keeps %s its trade after a label', (title, code) => {
    const lost = LABELS.filter((label) => codeTitleStatus(`${label} ${title}`, code) !== 'ok');
    expect(lost).toEqual([]);
  });

  it('reads a label before a title only with its colon', () => {
    expect(titleTokens('Recrutement : Vendeur (H/F)')).toEqual(['vendeur']);
    expect(titleTokens("Offre d'emploi : Cariste")).toEqual(['cariste']);
    expect(titleTokens('Poste : Chef de poste')).toEqual(['chef', 'poste']);
    expect(titleTokens('Recrutement Vendeur')).toEqual(['recrutement', 'vendeur']);
    expect(titleTokens('Chargé de recrutement : CDI')).toEqual(['charge', 'recrutement']);
  });

  it('reads past a short tag in brackets opening the title, and a level asked for', () => {
    expect(titleTokens('[EDS]Gestionnaire de scolarité Master 1')).toEqual(['gestionnaire', 'scolarite']);
    expect(titleTokens('[CDI] Vendeur (H/F)')).toEqual(['vendeur']);
    expect(codeTitleStatus('[EDS]Gestionnaire de scolarité Master 1', 'M1869')).toBe('ok');
    // A longer bracket may be the title itself; "master" alone names jobs.
    expect(titleTokens('[Développeur web full stack]')).toEqual(['developpeur', 'web', 'full', 'stack']);
    expect(titleTokens('Game master')).toEqual(['game', 'master']);
  });

  it('reads past ordinals and what a job offers', () => {
    expect(titleTokens('Vendeur - 13ème mois + mutuelle')).toEqual(['vendeur']);
    expect(titleTokens('Stagiaire data (2nd semestre)')).toEqual(['data']);
    expect(titleTokens('Serveur - Horaires de journée, du lundi au vendredi')).toEqual(['serveur']);
  });

  it('leaves the words the ROME uses in such phrases ("poste", "mission", "temps") elsewhere', () => {
    expect(titleTokens('Chef de poste')).toEqual(['chef', 'poste']);
    expect(titleTokens('Chargé de mission')).toEqual(['charge', 'mission']);
    expect(titleTokens('Gestionnaire des temps')).toEqual(['gestionnaire', 'temps']);
    expect(titleTokens('Inspecteur du permis de conduire')).toEqual(['inspecteur', 'permis', 'conduire']);
    expect(titleTokens("Professeur d'anglais")).toEqual(['professeur', 'anglais']);
    expect(titleTokens('Chef de partie restaurant')).toEqual(['chef', 'partie', 'restaurant']);
    expect(titleTokens('Conseiller en évolution professionnelle')).toEqual([
      'conseiller',
      'evolution',
      'professionnelle',
    ]);
    expect(titleTokens('Responsable formation')).toEqual(['responsable', 'formation']);
    expect(titleTokens('Veilleur de nuit')).toEqual(['veilleur', 'nuit']);
    expect(titleTokens("Chef d'équipe")).toEqual(['chef', 'equipe']);
    expect(titleTokens('Cadre de santé')).toEqual(['cadre', 'sante']);
    expect(titleTokens('Employé de magasin')).toEqual(['employe', 'magasin']);
    expect(titleTokens('Agent de secteur de gardiennage')).toEqual(['agent', 'secteur', 'gardiennage']);
  });
});
