import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { hellowork } from '../../../utils/sites/hellowork';
import { loadPage } from '../sites/load-page';

// The real CLI, as a maintainer runs it: npx tsx scripts/scan.ts …
const ROOT = join(import.meta.dirname, '../../..');
const OFFRES = 'tests/fixtures/matching/offres-v2-search-response-2024-07.json';
const LISTING = 'hellowork/listing-developpeur-montpellier-2026-03.html';
const LISTING_URL = 'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=d%C3%A9veloppeur&l=Montpellier';
const DETAIL = 'hellowork/detail-employe-fruits-legumes-2025-05.html';
const DETAIL_URL = 'https://www.hellowork.com/fr-fr/emplois/63544911.html';
const CARISTE = 'tests/fixtures/scan/metiers-recherches-cariste.json';
const MAINTENANCE = 'tests/fixtures/scan/synthetic-metiers-recherches-maintenance.json';

const CRITERIA = ['title', 'place', 'contract', 'salary', 'workTime', 'experience'];
const STATUSES = ['ok', 'partial', 'ko', 'unknown'];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function scan(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', 'scripts/scan.ts', ...args], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

interface Output {
  adapter: string;
  offers: Array<Record<string, unknown> & { criteria: Record<string, { status: string; reason: string }> }>;
}

function parsed(run: Run): Output {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Output;
}

function expectShape(output: Output) {
  expect(Object.keys(output).sort()).toEqual(['adapter', 'offers']);
  for (const offer of output.offers) {
    expect(Object.keys(offer).sort()).toEqual(
      ['company', 'contract', 'criteria', 'place', 'salary', 'score', 'title', 'url', 'verdict'].sort(),
    );
    expect(offer.score).toBeGreaterThanOrEqual(0);
    expect(offer.score).toBeLessThanOrEqual(100);
    expect(['match', 'partial', 'no']).toContain(offer.verdict);
    expect(Object.keys(offer.criteria)).toEqual(CRITERIA);
    for (const name of CRITERIA) {
      expect(STATUSES).toContain(offer.criteria[name]?.status);
      expect(offer.criteria[name]?.reason).toMatch(/\S/);
    }
  }
}

describe('npm run scan', () => {
  const answer = JSON.parse(readFileSync(join(ROOT, OFFRES), 'utf8')) as {
    resultats: Array<{ intitule: string; origineOffre: { urlOrigine: string } }>;
  };
  let offres: Output;
  let listing: Output;
  beforeAll(async () => {
    [offres, listing] = (await Promise.all([
      scan('--offres', OFFRES, '--profile', CARISTE),
      scan(`tests/fixtures/pages/${LISTING}`, '--url', LISTING_URL),
    ]).then((runs) => runs.map(parsed))) as [Output, Output];
  }, 120_000);

  it('scores every offer of an Offres v2 answer, in the order of the answer', () => {
    expect(offres.adapter).toBe('offres-v2');
    expectShape(offres);
    expect(offres.offers.map((o) => o.title)).toEqual(answer.resultats.map((o) => o.intitule));
    expect(offres.offers.map((o) => o.url)).toEqual(answer.resultats.map((o) => o.origineOffre.urlOrigine));
  });

  it('finds on a saved page the offers the site adapter finds, in page order', () => {
    const extracted = hellowork.extract(loadPage(LISTING), new URL(LISTING_URL));
    expect(listing.adapter).toBe('hellowork');
    expectShape(listing);
    expect(listing.offers).toHaveLength(extracted.length);
    expect(listing.offers.map((o) => o.title)).toEqual(extracted.map((o) => o.title ?? null));
    expect(listing.offers.map((o) => o.url)).toEqual(extracted.map((o) => o.url ?? null));
  });

  it('reads a detail page through its JSON-LD', async () => {
    const output = parsed(await scan(`tests/fixtures/pages/${DETAIL}`, '--url', DETAIL_URL));
    const extracted = hellowork.extract(loadPage(DETAIL), new URL(DETAIL_URL));
    expectShape(output);
    expect(output.offers.map((o) => o.title)).toEqual(extracted.map((o) => o.title ?? null));
  }, 60_000);

  it('finds no cariste among these offers for a cariste profile (real answer elements)', () => {
    expect(offres.offers.every((o) => o.criteria.title?.status === 'ko')).toBe(true);
    expect(offres.offers.every((o) => o.verdict === 'no')).toBe(true);
  });

  it('matches the maintenance offer for a maintenance profile, on its title', async () => {
    const output = parsed(await scan('--offres', OFFRES, '--profile', MAINTENANCE));
    const technicien = output.offers.find((o) => String(o.title).startsWith('Technicien'));
    expect(technicien?.criteria.title?.status).toBe('ok');
    expect(technicien?.verdict).not.toBe('no');
    const others = output.offers.filter((o) => o !== technicien);
    expect(others.filter((o) => o.criteria.title?.status === 'ok')).toEqual([]);
  }, 60_000);

  describe('an unusable profile file exits non-zero and says what is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-profile-'));
    const write = (name: string, text: string) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    };
    it.each([
      ['missing', join(dir, 'absent.json'), /cannot read profile file .*absent\.json/],
      ['not JSON', write('broken.json', '[{"rome": '), /profile file .*broken\.json is not JSON/],
      [
        'schema violation',
        write('wrong.json', JSON.stringify([{ rome: { code: 42 } }])),
        /profile file .*wrong\.json is not a métiers recherchés answer: .*rome/,
      ],
    ])(
      '%s',
      async (_name, file, message) => {
        const run = await scan('--offres', OFFRES, '--profile', file);
        expect(run.code).not.toBe(0);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(message);
      },
      60_000,
    );
  });

  it('refuses a page without its URL, saying so', async () => {
    const run = await scan(`tests/fixtures/pages/${LISTING}`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/needs --url/);
  }, 60_000);
});
