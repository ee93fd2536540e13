/**
 * What boards write in a job title that names no job: the contract, level,
 * date, hours, pay, perks and way of working ("CDI", "Stage", "saisonnier",
 * "Mutuelle + tickets restaurant", "Télétravail partiel"). The title parser
 * reads past them (title.ts dropNoise). The background sends this list in
 * the match profile: the content scripts carry no copy of it (it was about
 * 860 bytes gzipped of each). A test checks every word and phrase against the
 * ROME's appellations (tests/unit/matching/noise-words-rome.test.ts).
 */

import { ENGLISH_TITLE_WORDS, type EnglishTitleWords } from './english-title-words';

/**
 * The noise as the match profile carries it: normalised words, and phrases of normalised words; and, for
 * the same reading of titles, the English words they are read in French by.
 */
export interface TitleNoise {
  /** Space-separated words, a few to an entry (grouped by what they say). */
  words: string[];
  phrases: string[];
  english: EnglishTitleWords;
}

/** Phrases that say something about the contract, level, date or what the job offers, never the métier. */
const PHRASES = [
  // Before the shorter phrases they hold ("temps plein", "week end", "remuneration fixe"): once one is cut,
  // what is left ("poste à", "travail le", "variable") is read by none.
  'poste a temps plein',
  'poste a temps partiel',
  'travail le week end',
  'remuneration fixe variable',
  'fixe variable',
  'contrat de professionnalisation',
  'contrat d apprentissage',
  'contrat pro',
  'candidature spontanee',
  'de fin d etudes',
  'fin d etudes',
  'debutant accepte',
  'temps plein',
  'temps partiel',
  'temps complet',
  'plein temps',
  'mi temps',
  'sans experience',
  'poste a pourvoir',
  'poste base',
  'mission interim',
  'mission d interim',
  'mission interimaire',
  // "Permis B exigé", "Anglais courant": what the job asks for (no appellation writes either).
  'permis b',
  'permis obligatoire',
  'permis exige',
  'permis de conduire obligatoire',
  'permis de conduire exige',
  'anglais courant',
  // "On recrute ! Vendeur" ("Nous recrutons", "… recrute un": NOISE_WORDS).
  'on recrute',
  // "Vendeur week-end": when, not which job (no ROME appellation writes it).
  'week end',
  // What the job offers, in words the ROME uses elsewhere ("restaurant", "évolution", "formation", "nuit",
  // "équipe", "poste", "mission", "magasin", "cadre"): "Agent d'entretien - Mutuelle + tickets restaurant".
  'tickets restaurant',
  'ticket restaurant',
  'remuneration attractive',
  'evolution possible',
  'possibilite d evolution',
  'perspectives d evolution',
  'formation assuree',
  'horaires de nuit',
  'travail de nuit',
  'travail en equipe',
  'selon experience',
  'poste evolutif',
  'prise de poste',
  'creation de poste',
  'cdd de remplacement',
  'remplacement conge',
  'contrat long',
  'mission longue',
  'mission de longue',
  'mission de courte',
  'courte duree',
  'vehicule de service',
  'nouveau magasin',
  'ouverture de magasin',
  'statut cadre',
  'non cadre',
  'secteur prive',
  'secteur public',
  'contrat en alternance',
  // What the post is and how one applies: "Poste logé", "Poste de nuit", "Rejoignez notre équipe", "Grand
  // groupe", "Repas fournis", "Expérience souhaitée", "Top employeur".
  'poste loge',
  'poste fixe',
  'poste de jour',
  'poste de nuit',
  'poste en cdi',
  'poste en cdd',
  'rejoignez notre equipe',
  'rejoignez nos equipes',
  'rejoignez l aventure',
  'rejoins l aventure',
  'equipe dynamique',
  'entreprise familiale',
  'grand groupe',
  'repas fournis',
  'remuneration fixe',
  'apres midi',
  'deplacements frequents',
  'experience souhaitee',
  'experience exigee',
  'formation possible',
  'forme en interne',
  'france entiere',
  'mobilite nationale',
  'top employeur',
  'poste ouvert',
  'ouvert aux personnes en situation de handicap',
  'ouvert aux personnes handicapees',
  'en vue d embauche',
  'contrat renouvelable',
  'mission renouvelable',
  'recrutement immediat',
  'entretien immediat',
  'lettre de motivation',
  'start up',
  'proche transports',
  'full time',
  'part time',
  'offre d emploi',
];

/**
 * Words that say something about the contract, level, date, hours, pay or way of working, never the
 * métier: no ROME appellation writes any of them but "junior", "senior" and "apprentissage". Each left
 * in a title was an unexplained word: "Employé polyvalent de magasin saisonnier", "Technicien de
 * maintenance terrain - Télétravail partiel" were no longer their trade's. Grouped by what they say.
 */
const WORDS = [
  'h f x hf fh cdi cdd cdic interim interimaire alternance alternant alternante apprentissage stage stagiaire',
  'internship intern freelance urgent urgente confirme confirmee experimente experimentee junior senior jr sr',
  'debutant debutante debutants',
  // When and how long: "Vendeur saisonnier", "24h/semaine", "35h hebdo", "Serveur samedi et dimanche", "Saison
  // été - Logé".
  'weekend semaine hebdo saison saisonnier saisonniere ete samedi dimanche matin soir loge logee',
  // How, pay and hiring: "Télétravail partiel", "Salaire attractif", "à pourvoir immédiatement", "Permis B
  // exigé", "Réf. 4521", "Job étudiant", "Nous recrutons un …".
  'teletravail hybride remote partiel salaire attractif attractive prime primes pourvoir immediatement asap',
  'exige exigee obligatoire ref job etudiant etudiante nous recrutons recrute',
  // What the job offers and when it starts: "Mutuelle", "Horaires de journée", "Démarrage immédiat", "Du lundi
  // au vendredi", "Salaire selon profil", "Mission longue durée".
  'mutuelle avantages possible assure assuree journee horaire horaires ticket tickets supplementaires heures mois',
  'selon profil demarrage immediat immediate evolutif evolutive longue duree variables fixes statut offre annonce',
  'lundi mardi mercredi jeudi vendredi conge maternite ouverture nouveau nouvelle perspectives possibilite dynamique',
  'accessible ce cse rqth semestre',
  // "Fixe + variable", "Pré-embauche", "Jours fériés", "Horaires décalés", "Astreintes", "Job dating", "CV".
  'fixe embauche pre feries fournis rejoignez rejoins integrez motivant motivante package astreinte',
  'astreintes decales coupes coupure frequents souhaite souhaitee travailleurs handicapes dating cv',
  'jours ouverte',
  'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre',
  'january february march april june july august september october november december',
];

/** Literals only (no call): the content scripts' bundles, which never read it, drop it whole. */
export const TITLE_NOISE: TitleNoise = { words: WORDS, phrases: PHRASES, english: ENGLISH_TITLE_WORDS };
