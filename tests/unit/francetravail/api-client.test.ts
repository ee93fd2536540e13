import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchMetiersRecherches, retryAfterMs } from '@/utils/francetravail/api-client';
import { DEMO_METIERS_RECHERCHES } from '@/utils/profile/demo';
import type { MockServer } from '../../mock/server';
import { admin, signInToMock, startQuietMock } from '../support/mock-session';

let mock: MockServer;
beforeAll(async () => {
  mock = await startQuietMock();
});
afterAll(() => mock.close());
beforeEach(() => admin(mock, 'reset', {}));

async function setup(profile = 'demo') {
  const tokens = await signInToMock(mock, profile);
  const sleeps: number[] = [];
  const reauthenticate = vi.fn(async () => (await signInToMock(mock, profile)).accessToken);
  const options = {
    apiBase: mock.url,
    getAccessToken: async () => tokens.accessToken,
    reauthenticate,
    sleep: async (ms: number) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
  };
  return { options, sleeps, reauthenticate };
}

const faults = (...list: unknown[]) => admin(mock, 'faults', { metiers: list });
const metiersRequests = async () => ((await admin(mock, 'state')).requests as { metiers: number }).metiers;

describe('fetchMetiersRecherches against the mock', () => {
  it('reads and validates the profile', async () => {
    const { options } = await setup();
    expect(await fetchMetiersRecherches(options)).toEqual(DEMO_METIERS_RECHERCHES);
  });

  it('signs in again once after a 401 and retries', async () => {
    const { options, reauthenticate } = await setup();
    await admin(mock, 'expire-tokens', {});
    expect(await fetchMetiersRecherches(options)).toHaveLength(2);
    expect(reauthenticate).toHaveBeenCalledTimes(1);
  });

  it('gives up with unauthorized after a second 401', async () => {
    const { options } = await setup();
    await faults({ status: 401 }, { status: 401 });
    await expect(fetchMetiersRecherches(options)).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('honours Retry-After on 429', async () => {
    const { options, sleeps } = await setup();
    await faults({ status: 429, retryAfter: 3 });
    expect(await fetchMetiersRecherches(options)).toHaveLength(2);
    expect(sleeps).toEqual([3000]);
  });

  it('fails with rateLimited when Retry-After is too long or 429 keeps coming', async () => {
    const { options } = await setup();
    await faults({ status: 429, retryAfter: 3600 });
    await expect(fetchMetiersRecherches(options)).rejects.toMatchObject({ code: 'rateLimited' });
    await faults({ status: 429, retryAfter: 1, sticky: true });
    await expect(fetchMetiersRecherches(options)).rejects.toMatchObject({ code: 'rateLimited' });
  });

  it('retries 5xx a bounded number of times with jittered backoff', async () => {
    const { options, sleeps } = await setup();
    await faults({ status: 500 });
    expect(await fetchMetiersRecherches(options)).toHaveLength(2);
    await admin(mock, 'reset', {});
    const second = await setup();
    await faults({ status: 503, sticky: true });
    await expect(fetchMetiersRecherches(second.options)).rejects.toMatchObject({ code: 'server' });
    expect(await metiersRequests()).toBe(3);
    expect(second.sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThan(0);
    // full jitter with random() = 0.5: half of the exponential ceiling
    expect(second.sleeps).toEqual([500, 1000]);
  });

  it('retries network errors, then says France Travail is unreachable', async () => {
    const { options } = await setup();
    const down = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    await expect(fetchMetiersRecherches({ ...options, fetch: down as typeof fetch })).rejects.toMatchObject({
      code: 'network',
    });
    expect(down).toHaveBeenCalledTimes(3);
  });

  it('names a malformed answer and a schema violation', async () => {
    const { options } = await setup();
    await faults({ body: 'malformed' });
    await expect(fetchMetiersRecherches(options)).rejects.toMatchObject({ code: 'malformed' });
    await faults({ body: 'invalid' });
    const error = await fetchMetiersRecherches(options).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid' });
    expect((error as Error).message).toContain('[0].salaire.remuneration');
    expect((error as Error).message).not.toContain('1900');
  });

  it('waits through a slow answer', async () => {
    const { options } = await setup();
    await faults({ delayMs: 300 });
    expect(await fetchMetiersRecherches(options)).toHaveLength(2);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-29T10:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Sun, 29 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});
