import { describe, expect, it } from 'vitest';
import { scriptCpu } from '../../../../scripts/bench/script-cpu';
import { TIMING } from '../../../../utils/highlight/timing';

const PAGE = 7;
const OTHER = 9;

/** A complete trace event (ph X): `ts` and `dur` in µs, `tdur` its CPU time. */
const task = (ts: number, dur: number, tdur: number, tid = PAGE, name = 'ThreadControllerImpl::RunTask') => ({
  name,
  ph: 'X',
  ts,
  dur,
  tdur,
  tid,
});
const mark = (name: string, ts: number, tid = PAGE) => ({ name, ph: 'R', ts, tid });

describe('scriptCpu: the page main thread up to the load event', () => {
  it('adds the outermost tasks of the thread that fired the load, before it', () => {
    const events = [
      task(0, 100_000, 80_000),
      // Nested in the first: a task runner's task holding the task it runs is counted once.
      task(10_000, 50_000, 40_000, PAGE, 'RunTask'),
      task(200_000, 30_000, 20_000),
      mark('loadEventStart', 300_000),
      // After the load: not counted.
      task(400_000, 10_000, 10_000),
      // Another thread (the background, another tab): not counted.
      task(0, 500_000, 500_000, OTHER),
    ];
    expect(scriptCpu(events).untilLoadMs).toBe(100);
  });

  it('reads the last load event when the trace holds two (the blank page before the listing)', () => {
    const events = [
      mark('loadEventStart', 5_000, OTHER),
      task(0, 4_000, 4_000, OTHER),
      task(10_000, 20_000, 15_000),
      mark('loadEventStart', 50_000),
    ];
    expect(scriptCpu(events).untilLoadMs).toBe(15);
  });

  it('is NaN without a load event', () => {
    expect(scriptCpu([task(0, 10, 10)]).untilLoadMs).toBeNaN();
  });

  it('reads the start and the pass from the tasks that hold the script marks', () => {
    const events = [
      task(0, 20_000, 12_000),
      mark(TIMING.start, 1_000),
      task(100_000, 60_000, 45_000),
      { name: TIMING.profile, ph: 'R', ts: 101_000, tid: PAGE },
      { name: TIMING.pass, ph: 'e', ts: 150_000, tid: PAGE },
    ];
    expect(scriptCpu(events)).toMatchObject({ startMs: 12, passMs: 45 });
  });
});
