/**
 * Sign-out while a France Travail sync is waiting for its answer: the answer
 * that arrives afterwards must not bring France Travail's profile back, nor
 * push the typed profile aside again. The sync is the real one, on a real
 * (fake-indexeddb) database; only the network answer is held back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSignOut } from '@/entrypoints/background/sign-out';
import { openDatabase, type RepereDatabase } from '@/utils/db/database';
import { readProfiles, saveTypedProfile } from '@/utils/db/kept-profile-store';
import { readSyncState } from '@/utils/db/profile-store';
import { FranceTravailError } from '@/utils/francetravail/errors';
import { DEMO_METIERS_RECHERCHES } from '@/utils/profile/demo';
import { createProfileSync } from '@/utils/sync/profile-sync';
import { typedAideSoignant } from '../support/typed-profile';

let db: RepereDatabase;
let n = 0;
afterEach(() => db.delete());

const typed = typedAideSoignant;

/** A promise and the functions that settle it, for an answer held back until the test says so. */
function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (reason: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A typed profile in place, a sync waiting for France Travail's answer, and the background's sign-out. */
async function signedInWithPendingSync(signOut: () => Promise<void> = async () => {}) {
  db = openDatabase(`sign-out-${++n}`);
  await saveTypedProfile(db, typed);
  // One held-back answer per request France Travail receives.
  const answers: ReturnType<typeof deferred<unknown>>[] = [];
  const profileSync = createProfileSync({
    db,
    fetchMetiers: () => {
      const answer = deferred<unknown>();
      answers.push(answer);
      return answer.promise;
    },
    now: () => new Date('2026-11-29T10:00:00Z'),
  });
  const signOutAndForget = createSignOut({ db, endSync: profileSync.endSession, signOut });
  const outcome = profileSync.sync();
  /** The held-back answer to the i-th request. */
  const answerTo = (i: number) => {
    const answer = answers[i];
    if (!answer) throw new Error(`no request ${i} was made`);
    return answer;
  };
  return { answer: answerTo(0), answerTo, answers, profileSync, signOutAndForget, outcome };
}

describe('sign-out during a sync', () => {
  it("drops France Travail's answer that arrives after sign-out: the typed profile is back, alone", async () => {
    const { answer, profileSync, signOutAndForget, outcome } = await signedInWithPendingSync();
    await signOutAndForget();
    expect(profileSync.inFlight()).toBe(false);
    answer.resolve(DEMO_METIERS_RECHERCHES);
    const result = await outcome;
    expect(await readProfiles(db)).toEqual({ profile: typed, keptTypedProfile: null });
    expect(await readSyncState(db)).toMatchObject({ lastSuccessAt: null, lastError: null });
    expect(result).toEqual({ ok: false, ended: true });
  });

  it('drops an answer that arrives while the sign-out is still telling France Travail', async () => {
    const logout = deferred<void>();
    const { answer, signOutAndForget, outcome } = await signedInWithPendingSync(() => logout.promise);
    const signingOut = signOutAndForget();
    answer.resolve(DEMO_METIERS_RECHERCHES);
    expect(await outcome).toEqual({ ok: false, ended: true });
    logout.resolve();
    await signingOut;
    expect(await readProfiles(db)).toEqual({ profile: typed, keptTypedProfile: null });
    expect((await readSyncState(db)).lastSuccessAt).toBeNull();
  });

  it('records no error for a sync that fails after sign-out', async () => {
    const { answer, signOutAndForget, outcome } = await signedInWithPendingSync();
    await signOutAndForget();
    answer.reject(new FranceTravailError('network', 'offline'));
    expect(await outcome).toEqual({ ok: false, ended: true });
    expect((await readSyncState(db)).lastError).toBeNull();
    expect((await readProfiles(db)).profile).toEqual(typed);
  });

  it('starts a new request for the next session, which writes, while the old answer is dropped', async () => {
    const { answerTo, answers, profileSync, signOutAndForget, outcome } = await signedInWithPendingSync();
    await signOutAndForget();
    // Signed in again: single flight must not hand back the old session's request.
    const next = profileSync.sync();
    expect(answers).toHaveLength(2);
    expect(profileSync.inFlight()).toBe(true);
    answerTo(0).resolve(DEMO_METIERS_RECHERCHES);
    expect(await outcome).toEqual({ ok: false, ended: true });
    expect(profileSync.inFlight()).toBe(true);
    answerTo(1).resolve(DEMO_METIERS_RECHERCHES);
    expect(await next).toEqual({ ok: true });
    expect(profileSync.inFlight()).toBe(false);
    expect(await readProfiles(db)).toMatchObject({
      profile: { source: 'francetravail' },
      keptTypedProfile: typed,
    });
  });
});
