/**
 * Client of the Métiers recherchés API. All the fault handling lives here:
 * 401 -> re-authenticate and retry once; 429 -> wait Retry-After (bounded);
 * 5xx and network errors -> bounded retries with full-jitter backoff;
 * non-JSON -> 'malformed'; schema violation -> 'invalid' naming the path;
 * a request without an answer within timeoutMs counts as a network error.
 * fetch, sleep and random are injected so every fault is testable.
 */

import { FranceTravailError } from './errors';
import { describeSchemaIssues, type MetiersRecherches, metiersRecherchesSchema } from './schema';

export const METIERS_RECHERCHES_PATH = '/partenaire/peconnect-metiersrecherches/v1/metiersrecherches';

export interface RetryPolicy {
  /** Attempts for 5xx and network errors, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Attempts answered 429 before giving up. */
  maxRateLimited: number;
  /** A Retry-After longer than this is not waited for: the sync fails with 'rateLimited'. */
  maxRetryAfterMs: number;
  /**
   * One request taking longer is abandoned and counted as a network failure:
   * a request that never ends would otherwise hold the single-flight sync forever.
   */
  timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 4000,
  maxRateLimited: 2,
  maxRetryAfterMs: 60_000,
  timeoutMs: 30_000,
};

export interface FetchMetiersOptions {
  apiBase: string;
  getAccessToken: () => Promise<string>;
  /** Gets a fresh token after a 401 (silent sign-in). */
  reauthenticate: () => Promise<string>;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  policy?: Partial<RetryPolicy>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Full jitter: a random wait between 0 and the exponential ceiling. */
function backoffMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  return Math.round(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}

/** Lets go of a body we will not read, so the connection is freed before the retry. */
async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Nothing to free.
  }
}

/** What went wrong with a request that got no answer, without the URL or headers. */
function networkReason(error: unknown, policy: RetryPolicy): string {
  if (error instanceof Error && error.name === 'TimeoutError')
    return `no answer within ${policy.timeoutMs} ms`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Reads and validates the person's métiers recherchés. */
export async function fetchMetiersRecherches(options: FetchMetiersOptions): Promise<MetiersRecherches> {
  const fetchFn = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
  const url = `${options.apiBase}${METIERS_RECHERCHES_PATH}`;

  let token = await options.getAccessToken();
  let reauthenticated = false;
  let failures = 0;
  let rateLimited = 0;

  for (;;) {
    let response: Response;
    let text = '';
    try {
      response = await fetchFn(url, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
      // The body is read inside the try: a connection cut mid-answer is a network failure, not a malformed answer.
      if (response.ok) text = await response.text();
      else await discard(response);
    } catch (e) {
      failures += 1;
      if (failures >= policy.maxAttempts) {
        throw new FranceTravailError(
          'network',
          `France Travail unreachable after ${failures} attempts (${networkReason(e, policy)})`,
        );
      }
      await sleep(backoffMs(failures, policy, random));
      continue;
    }

    if (response.status === 401) {
      if (reauthenticated)
        throw new FranceTravailError('unauthorized', 'HTTP 401 again after signing in again');
      reauthenticated = true;
      token = await options.reauthenticate();
      continue;
    }
    if (response.status === 429) {
      rateLimited += 1;
      const header = response.headers.get('Retry-After');
      const wait = retryAfterMs(header, now()) ?? backoffMs(rateLimited, policy, random);
      if (rateLimited > policy.maxRateLimited || wait > policy.maxRetryAfterMs) {
        throw new FranceTravailError(
          'rateLimited',
          `HTTP 429 ${rateLimited} times, Retry-After ${header ?? 'absent'}`,
        );
      }
      await sleep(wait);
      continue;
    }
    if (response.status >= 500) {
      failures += 1;
      if (failures >= policy.maxAttempts) {
        throw new FranceTravailError('server', `HTTP ${response.status} after ${failures} attempts`);
      }
      await sleep(backoffMs(failures, policy, random));
      continue;
    }
    if (!response.ok) throw new FranceTravailError('unknown', `HTTP ${response.status}`);

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new FranceTravailError('malformed', `the answer is not JSON (${text.length} characters)`);
    }
    const parsed = metiersRecherchesSchema.safeParse(json);
    if (!parsed.success) {
      throw new FranceTravailError(
        'invalid',
        `unexpected Métiers recherchés answer: ${describeSchemaIssues(parsed.error.issues)}`,
      );
    }
    return parsed.data;
  }
}
