/**
 * A page's highlighting follows the profile: started with the first answer
 * (none: the page is left alone), and when the profile changes (a new stamp,
 * utils/profile-stamp.ts) the page asks again, stops what it showed, and
 * starts again with the new answer, or shows nothing when there is no
 * profile any more. Only the latest question's answer is used: two changes
 * in a row may be answered out of order.
 */

export interface Running {
  /** Removes what this run put on the page and stops watching it. */
  stop(): void;
}

export interface ProfileFollower<R extends Running> {
  /** What runs now, or null while there is no profile. */
  current(): R | null;
  /** The profile changed: ask again, then swap. Resolves once the answer is used (or dropped). */
  changed(): Promise<void>;
  /** Stops for good (the extension was updated or removed). */
  stop(): void;
}

export function followProfile<A, R extends Running>(
  first: A | null,
  ask: () => Promise<A | null>,
  start: (answer: A) => R,
): ProfileFollower<R> {
  let running = first === null ? null : start(first);
  let asked = 0;
  let stopped = false;
  return {
    current: () => running,
    async changed() {
      if (stopped) return;
      const question = ++asked;
      const answer = await ask();
      if (stopped || question !== asked) return;
      running?.stop();
      running = answer === null ? null : start(answer);
    },
    stop() {
      stopped = true;
      running?.stop();
      running = null;
    },
  };
}
