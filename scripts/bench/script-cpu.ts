/**
 * The content script's main-thread CPU time, read from a Chromium trace of
 * the page's load: thread time, not wall time, so a busy machine does not
 * inflate it (wall time also counts the moments the thread waits for a core).
 * Used by the browser benchmark and scripts/profile-browser.ts.
 */
import type { CDPSession } from 'playwright-core';
import { TIMING } from '../../utils/highlight/timing';

/** The parts of a Chromium trace event read here. */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
}

export interface ScriptCpu {
  /** The task that ran the script: its compilation, its setup and main() up to its wait for the background. */
  startMs: number;
  /** The task that ran the first pass: from the background's answer (delivered) to all marked, and the report after. */
  passMs: number;
  /**
   * Every task of the page's main thread, the page's own and the script's, from the trace's start to the
   * load event: with and without the extension alike, so the two compare.
   */
  untilLoadMs: number;
}

/** Starts a trace of the page's top-level tasks and user timings; stop() ends it and reads the script's CPU time. */
export async function traceScriptCpu(cdp: CDPSession): Promise<{ stop(): Promise<ScriptCpu> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  // blink.user_timing also holds the navigation's milestones (loadEventStart among them).
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await complete;
      return scriptCpu(events);
    },
  };
}

/** The CPU time (ms) of the smallest task or microtask checkpoint of `mark`'s thread that holds `mark` and `until`. */
function holdingCpuMs(events: readonly TraceEvent[], mark: TraceEvent, until: number): number {
  let best: TraceEvent | undefined;
  for (const e of events) {
    if (e.tid !== mark.tid || e.ph !== 'X' || e.ts > mark.ts || e.ts + (e.dur ?? 0) < until) continue;
    if (!best || (e.dur ?? 0) < (best.dur ?? 0)) best = e;
  }
  return best?.tdur !== undefined ? best.tdur / 1000 : Number.NaN;
}

/**
 * The script's two slices of work from its start to all marked, found by the user-timing marks the
 * content script leaves (utils/highlight/timing.ts); the little tasks between them (the background's
 * and storage's answers arriving) are left out. NaN where a mark is missing.
 */
export function scriptCpu(events: readonly TraceEvent[]): ScriptCpu {
  const start = events.find((e) => e.name === TIMING.start);
  const arrived = events.find((e) => e.name === TIMING.profile);
  const end = events.find((e) => e.name === TIMING.pass && e.ph === 'e' && arrived && e.ts >= arrived.ts);
  return {
    startMs: start ? holdingCpuMs(events, start, start.ts) : Number.NaN,
    passMs: arrived && end ? holdingCpuMs(events, arrived, end.ts) : Number.NaN,
    untilLoadMs: cpuUntilLoadMs(events),
  };
}

/**
 * The CPU time (ms) of the outermost tasks of the thread that fired the (last) load event, up to it; NaN
 * without one. Tasks nest (a task runner's task holds the task it runs): only the outermost count.
 */
function cpuUntilLoadMs(events: readonly TraceEvent[]): number {
  let load: TraceEvent | undefined;
  for (const e of events) if (e.name === 'loadEventStart' && (!load || e.ts > load.ts)) load = e;
  if (!load) return Number.NaN;
  const tasks = events
    .filter((e) => e.tid === load.tid && e.ph === 'X' && e.ts < load.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let totalUs = 0;
  let outerEnd = Number.NEGATIVE_INFINITY;
  for (const task of tasks) {
    if (task.ts < outerEnd) continue;
    outerEnd = task.ts + (task.dur ?? 0);
    totalUs += task.tdur ?? 0;
  }
  return totalUs / 1000;
}
