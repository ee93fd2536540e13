/**
 * French départements and régions (current, with overseas ones; not the
 * collectivités d'outre-mer), for the background and the extension's pages;
 * content scripts get the same table in the match profile (place-names.ts).
 * Copied from @etalab/decoupage-administratif (Etalab, Licence Ouverte); a
 * test checks the copy against the package.
 */
import { ABROAD_TABLE } from './abroad';
import { COMMUNE_ALIAS_TABLE } from './commune-aliases';
import {
  departementOfPostalCode as departementOfPostalCodeIn,
  indexPlaceNames,
  type NamedDepartement,
  type NamedRegion,
  type PlaceNames,
  type PlaceNameTable,
} from './place-names';

export type { Departement, NamedDepartement, NamedRegion, Region } from './place-names';

/** The words of each line of a table. */
function lines(table: string): string[][] {
  return table
    .trim()
    .split('\n')
    .map((line) => line.split(' '));
}

/** One "code name" a line. */
const REGION_ROWS = lines(`
01 Guadeloupe
02 Martinique
03 Guyane
04 La Réunion
06 Mayotte
11 Île-de-France
24 Centre-Val de Loire
27 Bourgogne-Franche-Comté
28 Normandie
32 Hauts-de-France
44 Grand Est
52 Pays de la Loire
53 Bretagne
75 Nouvelle-Aquitaine
76 Occitanie
84 Auvergne-Rhône-Alpes
93 Provence-Alpes-Côte d'Azur
94 Corse
`).map(([code = '', ...name]): [string, string] => [code, name.join(' ')]);

/** One "code région name" a line. */
const DEPARTEMENT_ROWS = lines(`
01 84 Ain
02 32 Aisne
03 84 Allier
04 93 Alpes-de-Haute-Provence
05 93 Hautes-Alpes
06 93 Alpes-Maritimes
07 84 Ardèche
08 44 Ardennes
09 76 Ariège
10 44 Aube
11 76 Aude
12 76 Aveyron
13 93 Bouches-du-Rhône
14 28 Calvados
15 84 Cantal
16 75 Charente
17 75 Charente-Maritime
18 24 Cher
19 75 Corrèze
21 27 Côte-d'Or
22 53 Côtes-d'Armor
23 75 Creuse
24 75 Dordogne
25 27 Doubs
26 84 Drôme
27 28 Eure
28 24 Eure-et-Loir
29 53 Finistère
2A 94 Corse-du-Sud
2B 94 Haute-Corse
30 76 Gard
31 76 Haute-Garonne
32 76 Gers
33 75 Gironde
34 76 Hérault
35 53 Ille-et-Vilaine
36 24 Indre
37 24 Indre-et-Loire
38 84 Isère
39 27 Jura
40 75 Landes
41 24 Loir-et-Cher
42 84 Loire
43 84 Haute-Loire
44 52 Loire-Atlantique
45 24 Loiret
46 76 Lot
47 75 Lot-et-Garonne
48 76 Lozère
49 52 Maine-et-Loire
50 28 Manche
51 44 Marne
52 44 Haute-Marne
53 52 Mayenne
54 44 Meurthe-et-Moselle
55 44 Meuse
56 53 Morbihan
57 44 Moselle
58 27 Nièvre
59 32 Nord
60 32 Oise
61 28 Orne
62 32 Pas-de-Calais
63 84 Puy-de-Dôme
64 75 Pyrénées-Atlantiques
65 76 Hautes-Pyrénées
66 76 Pyrénées-Orientales
67 44 Bas-Rhin
68 44 Haut-Rhin
69 84 Rhône
70 27 Haute-Saône
71 27 Saône-et-Loire
72 52 Sarthe
73 84 Savoie
74 84 Haute-Savoie
75 11 Paris
76 28 Seine-Maritime
77 11 Seine-et-Marne
78 11 Yvelines
79 75 Deux-Sèvres
80 32 Somme
81 76 Tarn
82 76 Tarn-et-Garonne
83 93 Var
84 93 Vaucluse
85 52 Vendée
86 75 Vienne
87 75 Haute-Vienne
88 44 Vosges
89 27 Yonne
90 27 Territoire de Belfort
91 11 Essonne
92 11 Hauts-de-Seine
93 11 Seine-Saint-Denis
94 11 Val-de-Marne
95 11 Val-d'Oise
971 01 Guadeloupe
972 02 Martinique
973 03 Guyane
974 04 La Réunion
976 06 Mayotte
`).map(([code = '', region = '', ...name]): [string, string, string] => [code, region, name.join(' ')]);

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

/** The table the match profile carries. */
export const PLACE_NAME_TABLE: PlaceNameTable = {
  regions: REGION_ROWS,
  departements: DEPARTEMENT_ROWS,
  regionAliases: Object.entries(REGION_ALIASES),
  departementAliases: Object.entries(DEPARTEMENT_ALIASES),
  ...ABROAD_TABLE,
  communeAliases: COMMUNE_ALIAS_TABLE,
};

export const PLACE_NAMES: PlaceNames = indexPlaceNames(PLACE_NAME_TABLE);

export const REGIONS: readonly NamedRegion[] = PLACE_NAMES.regions;
export const DEPARTEMENTS: readonly NamedDepartement[] = PLACE_NAMES.departements;
export const getDepartement = PLACE_NAMES.departement;
export const getRegion = PLACE_NAMES.region;
export const departementByName = PLACE_NAMES.departementByName;
export const regionByName = PLACE_NAMES.regionByName;

/** The département of a French postal code (place-names.ts departementOfPostalCode). */
export const departementOfPostalCode = (postalCode: string): string | undefined =>
  departementOfPostalCodeIn(PLACE_NAMES, postalCode);
