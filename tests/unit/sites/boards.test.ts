import { describe, expect, it } from 'vitest';
import { BOARDS, boardFor, matchesPattern } from '../../../utils/sites/boards';
import { ALL_ADAPTERS, adapterFor, BOARD_ADAPTERS } from '../../../utils/sites/registry';
import { FIXTURE_CASES } from './fixture-cases';

describe('board list', () => {
  it('names the board adapters, in the same order, with the same names and match patterns', () => {
    const fromAdapters = BOARD_ADAPTERS.map(({ id, name, matches }) => ({ id, name, matches }));
    const fromBoards = BOARDS.map(({ id, name, matches }) => ({ id, name, matches: [...matches] }));
    expect(fromBoards).toEqual(fromAdapters);
  });

  it('has unique ids, none of them the generic reader', () => {
    expect(new Set(BOARDS.map((b) => b.id)).size).toBe(BOARDS.length);
    const generic = ALL_ADAPTERS.filter((a) => !BOARD_ADAPTERS.includes(a)).map((a) => a.id);
    expect(generic.length).toBeGreaterThan(0);
    for (const id of generic) expect(BOARDS.map((b) => b.id)).not.toContain(id);
  });

  it('gives each board https patterns of its own hosts, none shared with another board', () => {
    const patterns = BOARDS.flatMap((b) => [...b.matches]);
    expect(new Set(patterns).size).toBe(patterns.length);
    for (const pattern of patterns) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/.*\*$/);
  });

  // The adapters' own patterns, read directly: the registry itself matches through the board list.
  it.each(FIXTURE_CASES.map((c) => [c.url]))('finds the board whose adapter covers %s', (text) => {
    const url = new URL(text);
    const byAdapter = BOARD_ADAPTERS.find((a) => a.matches.some((pattern) => matchesPattern(pattern, url)));
    expect(boardFor(url)?.id ?? null).toBe(byAdapter?.id ?? null);
    expect(adapterFor(url)?.id ?? null).toBe(byAdapter?.id ?? null);
  });

  it('finds no board off the boards', () => {
    expect(boardFor(new URL('https://www.linkedin.com.evil.example/jobs/view/1/'))).toBeNull();
    expect(boardFor(new URL('https://www.apec.fr/recruteur.html'))).toBeNull();
  });
});
