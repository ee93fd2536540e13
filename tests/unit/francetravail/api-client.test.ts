import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchMetiersRecherches, retryAfterMs } from '@/utils/francetravail/api-client';
import { createSingleFlight } from '@/utils/francetravail/single-flight';
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

  it('gives up with unauthorized after a second 401, having signed in again only once', async () => {
    const { options, reauthenticate } = await setup();
    await faults({ status: 401 }, { status: 401 });
    await expect(fetchMetiersRecherches(options)).rejects.toMatchObject({ code: 'unauthorized' });
    expect(reauthenticate).toHaveBeenCalledTimes(1);
    expect(await metiersRequests()).toBe(2);
  });

  it('lets a failed silent sign-in through as it is', async () => {
    const { options } = await setup();
    await admin(mock, 'expire-tokens', {});
    const refused = new Error('signInRequired');
    await expect(
      fetchMetiersRecherches({
        ...options,
        reauthenticate: async () => {
          throw refused;
        },
      }),
    ).rejects.toBe(refused);
  });

  it('honours an HTTP-date Retry-After', async () => {
    const { options, sleeps } = await setup();
    await faults({ status: 429, retryAfter: 'Sun, 29 Nov 2026 10:00:30 GMT' });
    const now = () => Date.parse('2026-11-29T10:00:00Z');
    expect(await fetchMetiersRecherches({ ...options, now })).toHaveLength(2);
    expect(sleeps).toEqual([30_000]);
  });

  it('backs off on a 429 without Retry-After', async () => {
    const { options, sleeps } = await setup();
    await faults({ status: 429 });
    expect(await fetchMetiersRecherches(options)).toHaveLength(2);
    // ceiling base * 2^1 = 1000 ms, times random() = 0.5
    expect(sleeps).toEqual([500]);
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

  it('abandons a request that never answers, as a network failure', async () => {
    const { options } = await setup();
    let calls = 0;
    const hanging = (_url: string | URL | Request, init?: RequestInit) => {
      calls += 1;
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    };
    const error = await fetchMetiersRecherches({
      ...options,
      fetch: hanging as typeof fetch,
      policy: { timeoutMs: 5 },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'network' });
    expect((error as Error).message).toContain('no answer within 5 ms');
    expect(calls).toBe(3);
  });

  it('counts an answer cut off mid-body as a network failure, not a malformed one', async () => {
    const { options } = await setup();
    const cut = async () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('[{"typologieEmploi"'));
            controller.error(new TypeError('terminated'));
          },
        }),
        { status: 200 },
      );
    await expect(fetchMetiersRecherches({ ...options, fetch: cut as typeof fetch })).rejects.toMatchObject({
      code: 'network',
    });
  });

  it('does not retry another 4xx', async () => {
    const { options } = await setup();
    await faults({ status: 403 });
    const error = await fetchMetiersRecherches(options).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unknown', detail: 'HTTP 403' });
    expect(await metiersRequests()).toBe(1);
  });

  it('never puts the token in an error', async () => {
    const { options } = await setup();
    const token = await options.getAccessToken();
    await faults({ status: 500, sticky: true });
    const error = await fetchMetiersRecherches(options).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'server' });
    expect(
      JSON.stringify({ message: (error as Error).message, stack: (error as Error).stack }),
    ).not.toContain(token);
  });

  it('applies a fault set for one profile only to that profile', async () => {
    const { options } = await setup('demo');
    await admin(mock, 'faults', { metiers: [{ status: 500, profile: 'empty' }] });
    expect(await fetchMetiersRecherches(options)).toHaveLength(2);
    expect((await admin(mock, 'state')).faultsQueued).toBe(1);
    const other = await setup('empty');
    const error = await fetchMetiersRecherches({ ...other.options, policy: { maxAttempts: 1 } }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'server' });
  });

  it('waits through a slow answer', async () => {
    const { options } = await setup();
    await faults({ delayMs: 100 });
    expect(await fetchMetiersRecherches(options)).toHaveLength(2);
  });
});

describe('createSingleFlight', () => {
  it('makes one request for two concurrent calls, and a new one afterwards', async () => {
    const { options } = await setup();
    const read = createSingleFlight(() => fetchMetiersRecherches(options));
    const [a, b] = await Promise.all([read(), read()]);
    expect(a).toBe(b);
    expect(a).toHaveLength(2);
    expect(await metiersRequests()).toBe(1);
    await read();
    expect(await metiersRequests()).toBe(2);
  });

  it('shares a failure, then lets the next call try again', async () => {
    const { options } = await setup();
    const read = createSingleFlight(() => fetchMetiersRecherches({ ...options, policy: { maxAttempts: 1 } }));
    await faults({ status: 500 });
    const results = await Promise.allSettled([read(), read()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await metiersRequests()).toBe(1);
    expect(await read()).toHaveLength(2);
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
