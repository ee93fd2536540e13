/**
 * The tables offers are read with outside a match profile (the background's
 * own readings, `npm run scan`, the tests): the same data the background puts
 * in every match profile it derives.
 */
import { PLACE_NAMES } from '../geo/departements';
import type { ParseTables } from './parse-offer';
import { defaultNoise } from './title';

export const PARSE_TABLES: ParseTables = { places: PLACE_NAMES, noise: defaultNoise() };
