/** The command line of `npm run scan`, read into what to scan and with which profile. */

export type ScanSource = { kind: 'offres'; file: string } | { kind: 'page'; file: string; url: URL };

export interface ScanArgs {
  source: ScanSource;
  /** A raw métiers recherchés API answer; the demo profile when absent. */
  profileFile?: string;
}

export const SCAN_USAGE =
  'usage: npm run scan -- --offres <offres-v2.json> [--profile <metiers.json>]\n' +
  '       npm run scan -- <page.html> --url <url of the page> [--profile <metiers.json>]';

/** A command line that cannot be run; its message says why. */
export class UsageError extends Error {}

/** Reads the arguments (after `--`); throws UsageError on anything missing or unknown. */
export function parseScanArgs(argv: readonly string[]): ScanArgs {
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--offres' || arg === '--url' || arg === '--profile') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      values.set(arg, value);
      i += 1;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const offres = values.get('--offres');
  const profile = values.get('--profile');
  const withProfile = <T extends { source: ScanSource }>(args: T): ScanArgs =>
    profile === undefined ? args : { ...args, profileFile: profile };
  if (offres !== undefined) {
    if (positional.length > 0 || values.has('--url'))
      throw new UsageError('--offres takes no page and no --url');
    return withProfile({ source: { kind: 'offres', file: offres } });
  }
  const [file, ...rest] = positional;
  if (file === undefined)
    throw new UsageError('nothing to scan: give --offres <file> or <page.html> --url <url>');
  if (rest.length > 0) throw new UsageError(`one page at a time (also got ${rest.join(' ')})`);
  const url = values.get('--url');
  if (url === undefined) throw new UsageError('a saved page needs --url <the URL it came from>');
  if (!URL.canParse(url)) throw new UsageError(`--url ${url} is not an absolute URL`);
  return withProfile({ source: { kind: 'page', file, url: new URL(url) } });
}
