/**
 * `npm run scan`: scores the offers of a France Travail Offres v2 answer or of
 * a saved job-board page against a profile, and prints JSON only (errors on
 * stderr, exit code 1 for a bad profile file, 2 for a bad command line or input).
 *
 *   npm run scan -- --offres <offres-v2.json> [--profile <metiers.json>]
 *   npm run scan -- <page.html> --url <url of the page> [--profile <metiers.json>]
 */
import { readFileSync } from 'node:fs';
import { deriveMatchProfile } from '../utils/matching/derive-match-profile';
import { compileMatchProfile } from '../utils/matching/score';
import { loadCommunes, loadLexicon } from './data/load-assets';
import { loadProfile, ProfileFileError } from './lib/profile-file';
import { scanOffres, scanPage } from './lib/scan';
import { parseScanArgs, SCAN_USAGE, UsageError } from './lib/scan-args';

function fail(message: string, code: number): never {
  process.stderr.write(`scan: ${message}\n`);
  process.exit(code);
}

function readInput(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`cannot read ${file}: ${(error as Error).message}`, 2);
  }
}

try {
  const args = parseScanArgs(process.argv.slice(2));
  const profile = loadProfile(args.profileFile, new Date());
  const match = deriveMatchProfile(profile, { lexicon: loadLexicon(), communes: loadCommunes() });
  if (!match) fail('no match profile could be derived', 1);
  const compiled = compileMatchProfile(match);
  const { source } = args;
  let output: ReturnType<typeof scanOffres>;
  if (source.kind === 'offres') {
    let answer: unknown;
    try {
      answer = JSON.parse(readInput(source.file));
    } catch (error) {
      fail(`${source.file} is not JSON: ${(error as Error).message}`, 2);
    }
    output = scanOffres(answer, compiled);
  } else {
    output = scanPage(readInput(source.file), source.url, compiled);
  }
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
} catch (error) {
  if (error instanceof UsageError) fail(`${error.message}\n${SCAN_USAGE}`, 2);
  if (error instanceof ProfileFileError) fail(error.message, 1);
  fail(error instanceof Error ? error.message : String(error), 2);
}
