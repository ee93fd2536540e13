/**
 * The content script's question for the match profile
 * (utils/content-script/messages.ts): a rejected message is asked again after
 * a pause, a bounded number of times, and so is one answered with nothing
 * (the background went away); an answer, "no profile" included, is final; a
 * malformed answer is no profile.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RETRY_MS, requestMatchProfile } from '@/utils/content-script/messages';
import { PLACE_NAME_TABLE } from '@/utils/geo/departements';
import { badgeWords } from '@/utils/highlight/labels';
import { MATCH_PROFILE_VERSION } from '@/utils/matching/match-profile';
import { TITLE_NOISE } from '@/utils/matching/title-noise';
import type { MatchProfileAnswer } from '@/utils/messaging';
import { translator } from '../locales-translator';

const ANSWER: MatchProfileAnswer = {
  profile: {
    version: MATCH_PROFILE_VERSION,
    placeNames: PLACE_NAME_TABLE,
    titleNoise: TITLE_NOISE,
    metiers: [],
    excludedKeywords: [],
    excludedCompanies: [],
  },
  words: badgeWords(translator('fr')),
};
const stopped = () => new Error('Could not establish connection. Receiving end does not exist.');

/** sendMessage answering with `outcomes` in turn (an Error rejects); the spy counts the tries. */
function backgroundAnswering(...outcomes: unknown[]) {
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
  for (const outcome of outcomes) {
    if (outcome instanceof Error) send.mockRejectedValueOnce(outcome);
    else send.mockResolvedValueOnce(outcome);
  }
  return send;
}

/** The request's result once every pause it may wait has passed. */
async function settle(request: Promise<MatchProfileAnswer | null>) {
  for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(RETRY_MS);
  return request;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('requestMatchProfile', () => {
  it('asks again after a pause when the background could not answer', async () => {
    const send = backgroundAnswering(stopped(), ANSWER);
    const request = requestMatchProfile();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(RETRY_MS - 1);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith({ type: 'getMatchProfile' });
    expect(await request).toEqual(ANSWER);
  });

  it('asks again when the answer is nothing at all (Firefox, an event page stopped while it answered)', async () => {
    const send = backgroundAnswering(undefined, ANSWER);
    expect(await settle(requestMatchProfile())).toEqual(ANSWER);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('gives up after two more tries, with no profile', async () => {
    const send = backgroundAnswering(stopped(), stopped(), stopped(), ANSWER);
    expect(await settle(requestMatchProfile())).toBeNull();
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('takes "no profile" and a malformed answer as final, without asking again', async () => {
    let send = backgroundAnswering(null, ANSWER);
    expect(await settle(requestMatchProfile())).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
    send.mockRestore();

    send = backgroundAnswering(
      { profile: { version: MATCH_PROFILE_VERSION + 1, metiers: [] }, words: {} },
      ANSWER,
    );
    expect(await settle(requestMatchProfile())).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
  });
});
