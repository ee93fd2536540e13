/**
 * French départements and régions (current, with overseas ones; not the
 * collectivités d'outre-mer), small enough to ship in a content script.
 * Copied from @etalab/decoupage-administratif (Etalab, Licence Ouverte); a
 * test checks the copy against the package.
 */
import { normalize } from '../matching/normalize';

export interface Region {
  /** INSEE région code ('11' Île-de-France, '01' Guadeloupe, …). */
  code: string;
  name: string;
}

export interface Departement {
  /** '01'…'95', '2A', '2B', '971'…'976'. */
  code: string;
  name: string;
  /** INSEE code of its région. */
  region: string;
}

export interface NamedRegion extends Region {
  normalizedName: string;
}

export interface NamedDepartement extends Departement {
  normalizedName: string;
}

const REGION_ROWS: readonly Region[] = [
  { code: '01', name: 'Guadeloupe' },
  { code: '02', name: 'Martinique' },
  { code: '03', name: 'Guyane' },
  { code: '04', name: 'La Réunion' },
  { code: '06', name: 'Mayotte' },
  { code: '11', name: 'Île-de-France' },
  { code: '24', name: 'Centre-Val de Loire' },
  { code: '27', name: 'Bourgogne-Franche-Comté' },
  { code: '28', name: 'Normandie' },
  { code: '32', name: 'Hauts-de-France' },
  { code: '44', name: 'Grand Est' },
  { code: '52', name: 'Pays de la Loire' },
  { code: '53', name: 'Bretagne' },
  { code: '75', name: 'Nouvelle-Aquitaine' },
  { code: '76', name: 'Occitanie' },
  { code: '84', name: 'Auvergne-Rhône-Alpes' },
  { code: '93', name: "Provence-Alpes-Côte d'Azur" },
  { code: '94', name: 'Corse' },
];

const DEPARTEMENT_ROWS: readonly Departement[] = [
  { code: '01', name: 'Ain', region: '84' },
  { code: '02', name: 'Aisne', region: '32' },
  { code: '03', name: 'Allier', region: '84' },
  { code: '04', name: 'Alpes-de-Haute-Provence', region: '93' },
  { code: '05', name: 'Hautes-Alpes', region: '93' },
  { code: '06', name: 'Alpes-Maritimes', region: '93' },
  { code: '07', name: 'Ardèche', region: '84' },
  { code: '08', name: 'Ardennes', region: '44' },
  { code: '09', name: 'Ariège', region: '76' },
  { code: '10', name: 'Aube', region: '44' },
  { code: '11', name: 'Aude', region: '76' },
  { code: '12', name: 'Aveyron', region: '76' },
  { code: '13', name: 'Bouches-du-Rhône', region: '93' },
  { code: '14', name: 'Calvados', region: '28' },
  { code: '15', name: 'Cantal', region: '84' },
  { code: '16', name: 'Charente', region: '75' },
  { code: '17', name: 'Charente-Maritime', region: '75' },
  { code: '18', name: 'Cher', region: '24' },
  { code: '19', name: 'Corrèze', region: '75' },
  { code: '21', name: "Côte-d'Or", region: '27' },
  { code: '22', name: "Côtes-d'Armor", region: '53' },
  { code: '23', name: 'Creuse', region: '75' },
  { code: '24', name: 'Dordogne', region: '75' },
  { code: '25', name: 'Doubs', region: '27' },
  { code: '26', name: 'Drôme', region: '84' },
  { code: '27', name: 'Eure', region: '28' },
  { code: '28', name: 'Eure-et-Loir', region: '24' },
  { code: '29', name: 'Finistère', region: '53' },
  { code: '2A', name: 'Corse-du-Sud', region: '94' },
  { code: '2B', name: 'Haute-Corse', region: '94' },
  { code: '30', name: 'Gard', region: '76' },
  { code: '31', name: 'Haute-Garonne', region: '76' },
  { code: '32', name: 'Gers', region: '76' },
  { code: '33', name: 'Gironde', region: '75' },
  { code: '34', name: 'Hérault', region: '76' },
  { code: '35', name: 'Ille-et-Vilaine', region: '53' },
  { code: '36', name: 'Indre', region: '24' },
  { code: '37', name: 'Indre-et-Loire', region: '24' },
  { code: '38', name: 'Isère', region: '84' },
  { code: '39', name: 'Jura', region: '27' },
  { code: '40', name: 'Landes', region: '75' },
  { code: '41', name: 'Loir-et-Cher', region: '24' },
  { code: '42', name: 'Loire', region: '84' },
  { code: '43', name: 'Haute-Loire', region: '84' },
  { code: '44', name: 'Loire-Atlantique', region: '52' },
  { code: '45', name: 'Loiret', region: '24' },
  { code: '46', name: 'Lot', region: '76' },
  { code: '47', name: 'Lot-et-Garonne', region: '75' },
  { code: '48', name: 'Lozère', region: '76' },
  { code: '49', name: 'Maine-et-Loire', region: '52' },
  { code: '50', name: 'Manche', region: '28' },
  { code: '51', name: 'Marne', region: '44' },
  { code: '52', name: 'Haute-Marne', region: '44' },
  { code: '53', name: 'Mayenne', region: '52' },
  { code: '54', name: 'Meurthe-et-Moselle', region: '44' },
  { code: '55', name: 'Meuse', region: '44' },
  { code: '56', name: 'Morbihan', region: '53' },
  { code: '57', name: 'Moselle', region: '44' },
  { code: '58', name: 'Nièvre', region: '27' },
  { code: '59', name: 'Nord', region: '32' },
  { code: '60', name: 'Oise', region: '32' },
  { code: '61', name: 'Orne', region: '28' },
  { code: '62', name: 'Pas-de-Calais', region: '32' },
  { code: '63', name: 'Puy-de-Dôme', region: '84' },
  { code: '64', name: 'Pyrénées-Atlantiques', region: '75' },
  { code: '65', name: 'Hautes-Pyrénées', region: '76' },
  { code: '66', name: 'Pyrénées-Orientales', region: '76' },
  { code: '67', name: 'Bas-Rhin', region: '44' },
  { code: '68', name: 'Haut-Rhin', region: '44' },
  { code: '69', name: 'Rhône', region: '84' },
  { code: '70', name: 'Haute-Saône', region: '27' },
  { code: '71', name: 'Saône-et-Loire', region: '27' },
  { code: '72', name: 'Sarthe', region: '52' },
  { code: '73', name: 'Savoie', region: '84' },
  { code: '74', name: 'Haute-Savoie', region: '84' },
  { code: '75', name: 'Paris', region: '11' },
  { code: '76', name: 'Seine-Maritime', region: '28' },
  { code: '77', name: 'Seine-et-Marne', region: '11' },
  { code: '78', name: 'Yvelines', region: '11' },
  { code: '79', name: 'Deux-Sèvres', region: '75' },
  { code: '80', name: 'Somme', region: '32' },
  { code: '81', name: 'Tarn', region: '76' },
  { code: '82', name: 'Tarn-et-Garonne', region: '76' },
  { code: '83', name: 'Var', region: '93' },
  { code: '84', name: 'Vaucluse', region: '93' },
  { code: '85', name: 'Vendée', region: '52' },
  { code: '86', name: 'Vienne', region: '75' },
  { code: '87', name: 'Haute-Vienne', region: '75' },
  { code: '88', name: 'Vosges', region: '44' },
  { code: '89', name: 'Yonne', region: '27' },
  { code: '90', name: 'Territoire de Belfort', region: '27' },
  { code: '91', name: 'Essonne', region: '11' },
  { code: '92', name: 'Hauts-de-Seine', region: '11' },
  { code: '93', name: 'Seine-Saint-Denis', region: '11' },
  { code: '94', name: 'Val-de-Marne', region: '11' },
  { code: '95', name: "Val-d'Oise", region: '11' },
  { code: '971', name: 'Guadeloupe', region: '01' },
  { code: '972', name: 'Martinique', region: '02' },
  { code: '973', name: 'Guyane', region: '03' },
  { code: '974', name: 'La Réunion', region: '04' },
  { code: '976', name: 'Mayotte', region: '06' },
];

/**
 * Names people still write for a région: the régions merged in 2016, short
 * forms and nicknames. Keys are normalised.
 */
const REGION_ALIASES: Readonly<Record<string, string>> = {
  idf: '11',
  'region parisienne': '11',
  'ile de france region': '11',
  centre: '24',
  bourgogne: '27',
  'franche comte': '27',
  'basse normandie': '28',
  'haute normandie': '28',
  'nord pas de calais': '32',
  picardie: '32',
  alsace: '44',
  lorraine: '44',
  'champagne ardenne': '44',
  aquitaine: '75',
  limousin: '75',
  'poitou charentes': '75',
  'languedoc roussillon': '76',
  'midi pyrenees': '76',
  auvergne: '84',
  'rhone alpes': '84',
  paca: '93',
  'region sud': '93',
  'provence alpes cote azur': '93',
  reunion: '04',
};

/** Short forms of département names seen on job boards. Keys are normalised. */
const DEPARTEMENT_ALIASES: Readonly<Record<string, string>> = {
  reunion: '974',
  'ile de la reunion': '974',
  'seine st denis': '93',
  'corse sud': '2A',
};

export const REGIONS: readonly NamedRegion[] = REGION_ROWS.map((r) => ({
  ...r,
  normalizedName: normalize(r.name),
}));

export const DEPARTEMENTS: readonly NamedDepartement[] = DEPARTEMENT_ROWS.map((d) => ({
  ...d,
  normalizedName: normalize(d.name),
}));

const byDepartementCode = new Map(DEPARTEMENTS.map((d) => [d.code, d]));
const byRegionCode = new Map(REGIONS.map((r) => [r.code, r]));
const byDepartementName = new Map<string, NamedDepartement>(DEPARTEMENTS.map((d) => [d.normalizedName, d]));
const byRegionName = new Map<string, NamedRegion>(REGIONS.map((r) => [r.normalizedName, r]));
for (const [alias, code] of Object.entries(DEPARTEMENT_ALIASES)) {
  const d = byDepartementCode.get(code);
  if (d && !byDepartementName.has(alias)) byDepartementName.set(alias, d);
}
for (const [alias, code] of Object.entries(REGION_ALIASES)) {
  const r = byRegionCode.get(code);
  if (r && !byRegionName.has(alias)) byRegionName.set(alias, r);
}

/** The département with this code ('2a' and '2A' both work), if it exists. */
export function getDepartement(code: string): NamedDepartement | undefined {
  return byDepartementCode.get(code.toUpperCase());
}

/** The région with this INSEE code, if it exists. */
export function getRegion(code: string): NamedRegion | undefined {
  return byRegionCode.get(code);
}

/** The département whose name (or a common alias) normalises to this text. */
export function departementByName(normalizedName: string): NamedDepartement | undefined {
  return byDepartementName.get(normalizedName);
}

/** The région whose name (or a former / common name) normalises to this text. */
export function regionByName(normalizedName: string): NamedRegion | undefined {
  return byRegionName.get(normalizedName);
}

/**
 * The département of a French postal code. Corsica's postal codes start with
 * 20 for both départements: 200xx-201xx are Corse-du-Sud, 202xx-206xx
 * Haute-Corse (La Poste's split). Overseas codes start with 97x.
 */
export function departementOfPostalCode(postalCode: string): string | undefined {
  if (!/^\d{5}$/.test(postalCode)) return undefined;
  const two = postalCode.slice(0, 2);
  let code: string;
  if (two === '97' || two === '98') code = postalCode.slice(0, 3);
  else if (two === '20') code = Number(postalCode.slice(2, 3)) < 2 ? '2A' : '2B';
  else code = two;
  return byDepartementCode.has(code) ? code : undefined;
}
