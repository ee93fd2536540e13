/**
 * A page's highlighting follows the profile (utils/content-script/follow-profile.ts):
 * nothing runs without one, a change swaps the run for the new answer's, a
 * profile gone stops it, and only the latest question's answer is used.
 */
import { describe, expect, it } from 'vitest';
import { followProfile } from '@/utils/content-script/follow-profile';

/** Runs named by their answer, with what happened to each. */
function runs() {
  const log: string[] = [];
  const start = (answer: string) => {
    log.push(`start ${answer}`);
    return { answer, stop: () => log.push(`stop ${answer}`) };
  };
  return { log, start };
}

/** Questions answered by hand, in any order. */
function questions() {
  const pending: Array<(answer: string | null) => void> = [];
  const ask = () => new Promise<string | null>((resolve) => pending.push(resolve));
  return { ask, answer: (index: number, answer: string | null) => pending[index]?.(answer), pending };
}

describe('followProfile', () => {
  it('starts with the first answer, and runs nothing without one', () => {
    const a = runs();
    expect(followProfile('boulanger', questions().ask, a.start).current()?.answer).toBe('boulanger');
    const b = runs();
    expect(followProfile(null, questions().ask, b.start).current()).toBeNull();
    expect(b.log).toEqual([]);
  });

  it('starts when a profile comes, swaps it when it changes, and stops when it goes', async () => {
    const { log, start } = runs();
    const answers: Array<string | null> = ['boulanger', 'développeur', null];
    const follower = followProfile(null, async () => answers.shift() ?? null, start);
    await follower.changed();
    expect(follower.current()?.answer).toBe('boulanger');
    await follower.changed();
    expect(follower.current()?.answer).toBe('développeur');
    await follower.changed();
    expect(follower.current()).toBeNull();
    expect(log).toEqual(['start boulanger', 'stop boulanger', 'start développeur', 'stop développeur']);
  });

  it('uses only the latest question, whatever order the answers come in', async () => {
    const { log, start } = runs();
    const { ask, answer } = questions();
    const follower = followProfile('old', ask, start);
    const first = follower.changed();
    const second = follower.changed();
    answer(1, 'newest');
    await second;
    answer(0, 'stale');
    await first;
    expect(follower.current()?.answer).toBe('newest');
    expect(log).toEqual(['start old', 'stop old', 'start newest']);
  });

  it('stops for good: an answer still on its way starts nothing', async () => {
    const { log, start } = runs();
    const { ask, answer } = questions();
    const follower = followProfile('old', ask, start);
    const change = follower.changed();
    follower.stop();
    answer(0, 'new');
    await change;
    await follower.changed();
    expect(follower.current()).toBeNull();
    expect(log).toEqual(['start old', 'stop old']);
  });
});
