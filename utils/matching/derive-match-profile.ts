/**
 * Derives the compact match profile from the domain profile, once per
 * profile change, in the background: the ROME lexicon turns each métier into
 * its family of title forms, the commune index turns each accepted place into
 * the communes of its zone with their distance. The content script then
 * needs no big data at all.
 */
import type { CommuneIndex } from '../geo/communes';
import { getDepartement, getRegion, PLACE_NAME_TABLE } from '../geo/departements';
import type { Metier, Place, Profile } from '../profile/model';
import type { RomeLexicon } from '../rome/lexicon';
import { type ContractCode, isContractCode, parseContract } from './contract';
import { otherAppellationsOf } from './criteria/other-appellations';
import { titleEvidenceOf } from './criteria/title-evidence-weights';
import { romeStems } from './criteria/title-word-stats';
import {
  MATCH_PROFILE_VERSION,
  type MatchMetier,
  type MatchProfile,
  type Zone,
  type ZoneCommune,
} from './match-profile';
import { normalize } from './normalize';
import { monthlyFromProfileSalary } from './salary';
import { isJobNoun } from './stem';
import { formTokens, titleForms } from './title';
import { TITLE_NOISE } from './title-noise';
import { buildWordFilter, compileWordFilter, type WordFilter, type WordTest } from './word-filter';

export interface ReferenceData {
  lexicon: RomeLexicon;
  communes: CommuneIndex;
}

/** The person's own additions (issue 5): extra keywords per métier, exclusions. */
export interface MatchAdjustments {
  keywords?: string[];
  excludedKeywords?: string[];
  excludedCompanies?: string[];
}

/** A radius this large already covers a région; larger ones are capped to keep the profile small. */
const MAX_RADIUS_KM = 150;

function romeCodeOf(metier: Metier, lexicon: RomeLexicon): string | undefined {
  const code = metier.rome?.code;
  if (code && lexicon.fiche(code)) return code;
  const appellation = metier.appellation?.code;
  return appellation ? lexicon.romeCodeOfAppellation(appellation) : code;
}

/** For each word of the lexicon's labels, how many appellations of each fiche use it (built once per lexicon). */
const fichesByWord = new WeakMap<RomeLexicon, Map<string, Map<string, number>>>();

function wordFiches(lexicon: RomeLexicon): Map<string, Map<string, number>> {
  let index = fichesByWord.get(lexicon);
  if (!index) {
    index = new Map();
    // From the labels, which spell out both genders ("Ostréiculteur / Ostréicultrice"): spelling
    // out the forms of every appellation would triple the cost of a first derivation.
    for (const appellation of lexicon.appellations)
      for (const word of new Set(formTokens(normalize(appellation.label)))) {
        const fiches = index.get(word) ?? new Map<string, number>();
        fiches.set(appellation.fiche, (fiches.get(appellation.fiche) ?? 0) + 1);
        index.set(word, fiches);
      }
    fichesByWord.set(lexicon, index);
  }
  return index;
}

/** Share of the appellations using a word that belong to a set of fiches. */
function shareIn(fiches: ReadonlyMap<string, number>, family: ReadonlySet<string>): number {
  let inside = 0;
  let total = 0;
  for (const [fiche, count] of fiches) {
    total += count;
    if (family.has(fiche)) inside += count;
  }
  return total === 0 ? 0 : inside / total;
}

/**
 * The head job nouns of the family's forms ("affuteur" of "affuteur
 * d outillage industriel"), by how much of the ROME they name:
 * - `own`: no other fiche uses the word anywhere: an offer titled with it
 *   ("Affûteur H/F") is this métier, whatever qualifiers its appellations add;
 * - `mostly`: most appellations using it are of the family's parent code
 *   ("developpeur": 3 in 4 are in M1805's family): an offer titled with it
 *   and another qualifier ("Développeur Kotlin") is at least a near métier.
 */
function headWords(forms: Iterable<string>, romeCode: string, lexicon: RomeLexicon) {
  const own = new Set(lexicon.fichesOf(romeCode).map((fiche) => fiche.code));
  const parent = lexicon.parentOf(romeCode) ?? romeCode;
  const near = new Set(lexicon.fichesOf(parent).map((fiche) => fiche.code));
  const index = wordFiches(lexicon);
  const heads = { own: new Set<string>(), mostly: new Set<string>() };
  for (const form of forms) {
    const head = formTokens(form)[0];
    if (head === undefined || heads.own.has(head) || heads.mostly.has(head) || !isJobNoun(head)) continue;
    const fiches = index.get(head);
    if (!fiches) continue;
    if (shareIn(fiches, own) === 1) heads.own.add(head);
    else if (shareIn(fiches, near) >= 0.5) heads.mostly.add(head);
  }
  return heads;
}

function titleFormsOf(
  metier: Metier,
  romeCode: string | undefined,
  lexicon: RomeLexicon,
  keywords: string[],
) {
  const family = new Set<string>(romeCode ? lexicon.titleFormsForRome(romeCode) : []);
  // The appellation's own label counts even when the lexicon does not know the code.
  for (const label of [metier.appellation?.label, ...keywords]) {
    if (label) for (const form of titleForms(label)) family.add(form);
  }
  const heads = romeCode ? headWords([...family], romeCode, lexicon) : undefined;
  for (const head of heads?.own ?? []) family.add(head);
  const related = new Set<string>([...(heads?.mostly ?? [])].filter((head) => !family.has(head)));
  const parent = romeCode ? lexicon.parentOf(romeCode) : undefined;
  // A v4 fiche's near métiers are the fiches ROME 4.0 files beside it, whatever v3 code each
  // appellation came from ("Chef de projet informatique", from M1803, beside the web developers).
  if (parent && parent !== romeCode) {
    for (const form of lexicon.titleFormsFiledUnder(parent)) if (!family.has(form)) related.add(form);
  }
  const forms = { titleForms: [...family], relatedForms: [...related] };
  const evidence = romeCode ? titleEvidenceOf(lexicon, romeCode) : undefined;
  if (!romeCode || !evidence) return forms;
  const others = otherAppellationsOf(lexicon, romeCode, evidence, romeWordTestOf(lexicon));
  return {
    ...forms,
    titleEvidence: others.length > 0 ? { ...evidence, otherAppellations: others } : evidence,
  };
}

function resolveCommune(place: Place, communes: CommuneIndex) {
  const byCode = communes.byCode(place.code);
  // Real data sometimes carries a postal code where the INSEE code belongs, and the
  // two overlap (69100 is Irigny's INSEE code and Villeurbanne's postal code): the label decides.
  const candidates = [
    byCode,
    ...communes.byPostalCode(place.postalCode ?? place.code),
    ...communes.byPostalCode(place.code),
  ].filter((c) => c !== undefined);
  const name = normalize(place.label);
  return (
    candidates.find((c) => c.normalizedName === name) ??
    (name ? communes.byName(name, place.departementCode) : undefined) ??
    candidates[0]
  );
}

function readableName(label: string): string {
  return label.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (c) => c.toUpperCase());
}

function zoneOf(metier: Metier, communes: CommuneIndex): Zone {
  const zone: Zone = { communes: [], departements: [], regions: [], centers: [], unrestricted: false };
  const byCode = new Map<string, ZoneCommune>();
  const homeKm = metier.homeMobility?.unit === 'km' ? metier.homeMobility.value : 0;
  let usable = 0;
  for (const place of metier.places) {
    if (place.kind === 'departement') {
      const d = getDepartement(place.code);
      if (d) zone.departements.push({ code: d.code, label: d.name });
      usable += d ? 1 : 0;
    } else if (place.kind === 'region') {
      const r = getRegion(place.code);
      if (r) zone.regions.push({ code: r.code, label: r.name });
      usable += r ? 1 : 0;
    } else if (place.kind === 'commune') {
      const commune = resolveCommune(place, communes);
      if (!commune) continue;
      usable += 1;
      const near = commune.name || readableName(place.label);
      const radiusKm = Math.min(place.radiusKm ?? homeKm, MAX_RADIUS_KM);
      const inside =
        commune.lat !== undefined && commune.lon !== undefined
          ? communes.communesWithin(commune.lat, commune.lon, radiusKm)
          : [];
      if (commune.lat !== undefined && commune.lon !== undefined)
        zone.centers.push({ label: near, lat: commune.lat, lon: commune.lon, radiusKm });
      const entries = [
        { commune, distanceKm: 0 },
        ...inside,
        ...communes.arrondissementsOf(commune.code).map((a) => ({ commune: a, distanceKm: 0 })),
      ];
      for (const { commune: c, distanceKm } of entries) {
        const km = Math.round(distanceKm * 10) / 10;
        const known = byCode.get(c.code);
        if (known && known.km <= km) continue;
        byCode.set(c.code, {
          name: c.normalizedName,
          departement: c.departement,
          postalCodes: [...c.postalCodes],
          km,
          near,
        });
      }
    }
  }
  zone.communes = [...byCode.values()];
  zone.unrestricted = usable === 0;
  return zone;
}

function contractsOf(metier: Metier): ContractCode[] {
  const codes: ContractCode[] = [];
  for (const contract of metier.contracts) {
    const code = contract.code.toUpperCase();
    // Unknown codes are read from their label ("Contrat d'apprentissage" -> ALT).
    const found = isContractCode(code) ? [code] : parseContract(contract.longLabel || contract.label).codes;
    for (const c of found) if (!codes.includes(c)) codes.push(c);
  }
  return codes;
}

function experienceMonths(metier: Metier): number | undefined {
  const experience = metier.experience;
  if (!experience) return undefined;
  if (experience.unit === 'years') return experience.value * 12;
  if (experience.unit === 'months') return experience.value;
  return undefined;
}

function matchMetier(metier: Metier, data: ReferenceData, keywords: string[]): MatchMetier | null {
  const romeCode = romeCodeOf(metier, data.lexicon);
  const forms = titleFormsOf(metier, romeCode, data.lexicon, keywords);
  // A business-creation project (EF) with no job named has nothing to look for on job boards.
  if (forms.titleForms.length === 0) return null;
  const match: MatchMetier = {
    label: metier.appellation?.label ?? metier.rome?.label ?? metier.typologie.label,
    ...forms,
    zone: zoneOf(metier, data.communes),
    contracts: contractsOf(metier),
    workTimes: [...new Set(metier.workTimes.map((w) => w.kind).filter((k) => k !== 'unknown'))],
  };
  if (romeCode) match.romeCode = romeCode;
  const salary = metier.salary
    ? monthlyFromProfileSalary(metier.salary.amount, metier.salary.unit)
    : undefined;
  if (salary !== undefined) match.minMonthlySalary = Math.round(salary);
  const months = experienceMonths(metier);
  if (months !== undefined) match.experienceMonths = months;
  return match;
}

/** The word filter of a lexicon's stems, built once per lexicon (a few milliseconds). */
const romeWordsByLexicon = new WeakMap<RomeLexicon, WordFilter>();

function romeWordsOf(lexicon: RomeLexicon): WordFilter {
  let filter = romeWordsByLexicon.get(lexicon);
  if (!filter) {
    filter = buildWordFilter(romeStems(lexicon));
    romeWordsByLexicon.set(lexicon, filter);
  }
  return filter;
}

/** That filter read back, as a content script reads it: the other appellations are found with it. */
const romeWordTests = new WeakMap<RomeLexicon, WordTest | undefined>();

function romeWordTestOf(lexicon: RomeLexicon): WordTest | undefined {
  if (!romeWordTests.has(lexicon)) romeWordTests.set(lexicon, compileWordFilter(romeWordsOf(lexicon)));
  return romeWordTests.get(lexicon);
}

/** The match profile of a profile; null when there is no profile. */
export function deriveMatchProfile(
  profile: Profile | null,
  data: ReferenceData,
  adjustments: MatchAdjustments = {},
): MatchProfile | null {
  if (!profile) return null;
  const keywords = adjustments.keywords ?? [];
  return {
    version: MATCH_PROFILE_VERSION,
    metiers: profile.metiers
      .map((m) => matchMetier(m, data, keywords))
      .filter((m): m is MatchMetier => m !== null),
    excludedKeywords: adjustments.excludedKeywords ?? [],
    excludedCompanies: adjustments.excludedCompanies ?? [],
    romeWords: romeWordsOf(data.lexicon),
    placeNames: PLACE_NAME_TABLE,
    titleNoise: TITLE_NOISE,
  };
}
