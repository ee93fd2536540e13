/**
 * The open data the extension ships (derived by scripts/build-data.ts), with
 * the attribution their licences ask for: shown in the about text and README.
 */

export interface DataSource {
  name: string;
  licence: string;
  attribution: string;
  url: string;
}

export const DATA_SOURCES: readonly DataSource[] = [
  {
    name: 'ROME 4.0 (v460), Répertoire Opérationnel des Métiers et des Emplois',
    licence: 'Licence Ouverte 2.0',
    attribution: 'Source : France Travail',
    url: 'https://www.data.gouv.fr/fr/datasets/repertoire-operationnel-des-metiers-et-des-emplois-rome/',
  },
  {
    name: 'ROME v3 (metiers-rome-v3.json, pass-emploi-api)',
    licence: 'MIT',
    attribution: 'Source : France Travail (pass-emploi-api)',
    url: 'https://github.com/France-Travail/pass-emploi-api',
  },
  {
    name: 'Découpage administratif (communes, départements, régions, codes postaux, populations)',
    licence: 'MIT (code), Licence Ouverte 2.0 (données)',
    attribution: 'Source : Etalab, @etalab/decoupage-administratif (INSEE, La Poste)',
    url: 'https://github.com/etalab/decoupage-administratif',
  },
  {
    name: 'Centres des communes (API Découpage administratif, 2021)',
    licence: 'Licence Ouverte 2.0',
    attribution: 'Source : Etalab, IGN, INSEE (geo.api.gouv.fr)',
    url: 'https://geo.api.gouv.fr/decoupage-administratif',
  },
  {
    name: 'Base officielle des codes postaux (2020)',
    licence: 'Licence Ouverte 2.0',
    attribution: 'Source : La Poste',
    url: 'https://www.data.gouv.fr/fr/datasets/base-officielle-des-codes-postaux/',
  },
];
