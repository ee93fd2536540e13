/**
 * The profile `npm run scan` scores against: a raw métiers recherchés API
 * answer read from a file and mapped with the project's schema, or the demo
 * profile. Whatever is wrong with the file is said in one ProfileFileError.
 */
import { readFileSync } from 'node:fs';
import { FranceTravailError } from '../../utils/francetravail/errors';
import { demoProfile } from '../../utils/profile/demo';
import { profileFromApi } from '../../utils/profile/from-api';
import type { Profile } from '../../utils/profile/model';

/** A profile file that cannot be used; the message names the file and the problem. */
export class ProfileFileError extends Error {}

/** The profile of a métiers recherchés answer file, or the demo profile when no file is given. */
export function loadProfile(file: string | undefined, now: Date): Profile {
  if (file === undefined) return demoProfile(now);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ProfileFileError(`cannot read profile file ${file}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ProfileFileError(`profile file ${file} is not JSON: ${(error as Error).message}`);
  }
  try {
    return profileFromApi(raw, now);
  } catch (error) {
    // profileFromApi validates with the project's zod schema and names the JSON paths that are wrong.
    if (error instanceof FranceTravailError)
      throw new ProfileFileError(`profile file ${file} is not a métiers recherchés answer: ${error.detail}`);
    throw error;
  }
}
