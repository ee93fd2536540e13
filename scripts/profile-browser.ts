/**
 * Where the content script's main-thread time goes on the bench's listing
 * (scripts/bench/listing-page.ts): loads it in headless Chromium with a CPU
 * profile running, keeps the samples taken inside a pass (and the match
 * profile's compilation), and prints self time per function, natives charged
 * to the content-script function that called them.
 *
 *   REPERE_PROFILE_BUILD=1 npx wxt build     # unminified, into .output/profile
 *   npx tsx scripts/profile-browser.ts [cards=1000] [rounds=5] [extension dir]
 *
 * With --compare and two or more built extension directories, no profiler:
 * the pages of each build alternate round by round (a slow spell of the
 * machine hits them alike) and the median "profile in -> all marked" of each
 * is printed, e.g. a copy of .output/chrome-mv3 kept from before a change
 * against the new build.
 *
 *   npx tsx scripts/profile-browser.ts --compare [cards] [rounds] <dir> <dir>…
 *
 * It also prints, per build, the wall time from the script's start, the
 * main-thread CPU time (thread time, from a trace: steady on a busy machine)
 * of the script's start and of the pass (scripts/bench/script-cpu.ts), and the
 * renderer's busy time over the whole load. Profiling: TOP=n prints n
 * functions, MEASURED=<regexp> keeps the samples under other functions (`.`:
 * all of the script's), PROFILE_DUMP=<prefix> writes each round's profile.
 *
 * A maintainer's tool, not a benchmark: the profiler itself slows the page down.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ExtensionBrowser, launchChromium } from '../tests/e2e/support/chromium';
import { startFixtureServer } from '../tests/e2e/support/https-server';
import { ROOT } from '../tests/e2e/support/paths';
import { TIMING } from '../utils/highlight/timing';
import { LISTING_HOST, listingBuilder } from './bench/listing-page';
import { traceScriptCpu } from './bench/script-cpu';
import { median } from './bench/section';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const compare = process.argv[2] === '--compare';
const args = process.argv.slice(compare ? 3 : 2);
const cards = Number(args[0] ?? 1000);
const rounds = Number(args[1] ?? 5);
const extensionDirs = args.length > 2 ? args.slice(2) : [join(ROOT, '.output/profile/chrome-mv3')];
// Samples under these content-script functions are the measured main-thread work.
const MEASURED = process.env.MEASURED
  ? new RegExp(process.env.MEASURED)
  : /^(pass|compileMatchProfile|createHighlighter)$/;

// The parts of a CDP Profiler.Profile read here.
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}
const isOurs = (node: ProfileNode) => node.callFrame.url.includes('/content-scripts/');
const nameOf = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;

/** Adds each measured sample's time (µs) to its function's total in `totals`. */
function charge(profile: CpuProfile, totals: Map<string, number>): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const leaf = byId.get(id);
    if (!leaf) return;
    let measured = false;
    let own: ProfileNode | undefined;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node || !isOurs(node)) continue;
      own ??= node;
      if (MEASURED.test(node.callFrame.functionName)) measured = true;
    }
    if (!measured || !own) return;
    const key =
      leaf === own ? nameOf(leaf) : `${leaf.callFrame.functionName || '(native)'} <- ${nameOf(own)}`;
    totals.set(key, (totals.get(key) ?? 0) + (deltas[i + 1] ?? 0));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'repere-profile-'));
const file = join(dir, 'listing.html');
writeFileSync(file, listingBuilder().page(cards));
const path = `/fr-fr/emploi/recherche-${cards}.html`;
const server = await startFixtureServer({ [`${LISTING_HOST}${path}`]: file });
const browsers: ExtensionBrowser[] = [];

/** Loads the listing in a new tab of `browser`; the ms from the profile's arrival to all marked, and the CPU profile if asked. */
async function loadOnce(browser: ExtensionBrowser, profiled: boolean) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // No trace under the profiler: its own work would be in the CPU time.
  const trace = profiled ? undefined : await traceScriptCpu(cdp);
  if (profiled) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`https://${LISTING_HOST}${path}?k=developpeur&l=Montpellier`, { waitUntil: 'load' });
  const handle = await page.waitForFunction(
    ({ pass, start, profile, cards }) => {
      const entry = performance
        .getEntriesByName(pass)
        .find((e) => (e as PerformanceMeasure).detail === cards);
      const began = performance.getEntriesByName(start)[0]?.startTime;
      const arrived = performance.getEntriesByName(profile)[0]?.startTime;
      if (!entry || began === undefined || arrived === undefined) return false;
      const end = entry.startTime + entry.duration;
      return { ms: end - arrived, wallMs: end - began };
    },
    { pass: TIMING.pass, start: TIMING.start, profile: TIMING.profile, cards },
  );
  const { ms, wallMs } = (await handle.jsonValue()) as { ms: number; wallMs: number };
  const profile = profiled ? ((await cdp.send('Profiler.stop')).profile as CpuProfile) : undefined;
  // What follows the pass (the report, the port) settles before the renderer's busy time is read.
  await page.waitForTimeout(300);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const taskMs = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
  const cpu = (await trace?.stop()) ?? { startMs: Number.NaN, passMs: Number.NaN, untilLoadMs: Number.NaN };
  await page.close();
  return { ms, wallMs, taskMs, cpu, profile };
}

try {
  for (const extensionDir of extensionDirs) {
    const browser = await launchChromium(extensionDir, [
      `--host-resolver-rules=${server.resolverRules}`,
      '--ignore-certificate-errors',
    ]);
    browsers.push(browser);
    const popup = await browser.openPopup();
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'useDemoProfile' }));
    await popup.close();
  }
  const totals = new Map<string, number>();
  const times = browsers.map((): number[] => []);
  const walls = browsers.map((): number[] => []);
  const cpus = browsers.map((): number[] => []);
  const startCpus = browsers.map((): number[] => []);
  const tasks = browsers.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    // Alternate which build goes first.
    const order = browsers.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) {
      const { ms, wallMs, taskMs, cpu, profile } = await loadOnce(browsers[i] as ExtensionBrowser, !compare);
      if (profile) charge(profile, totals);
      if (profile && process.env.PROFILE_DUMP)
        writeFileSync(`${process.env.PROFILE_DUMP}-${round}.json`, JSON.stringify(profile));
      times[i]?.push(ms);
      walls[i]?.push(wallMs);
      cpus[i]?.push(cpu.passMs);
      startCpus[i]?.push(cpu.startMs);
      tasks[i]?.push(taskMs);
      process.stderr.write(
        `round ${round + 1}, ${extensionDirs[i]}: profile in -> all marked ${ms.toFixed(1)} ms, script start -> all marked ${wallMs.toFixed(1)} ms, CPU of the script's start ${cpu.startMs.toFixed(1)} ms and of the pass ${cpu.passMs.toFixed(1)} ms, renderer busy ${taskMs.toFixed(0)} ms\n`,
      );
    }
  }
  extensionDirs.forEach((extensionDir, i) => {
    const ms = (values: number[] | undefined) =>
      median(values ?? [])
        .toFixed(1)
        .padStart(7);
    console.log(
      `${ms(times[i])} ms median, profile in -> all marked; ${ms(walls[i])} ms script start -> all marked; ${ms(startCpus[i])} + ${ms(cpus[i])} ms CPU of the script's start + of the pass; ${ms(tasks[i])} ms renderer main thread busy (whole load): ${extensionDir}`,
    );
  });
  if (!compare) {
    const perRound = (us: number) => (us / 1000 / rounds).toFixed(2).padStart(7);
    const sum = [...totals.values()].reduce((a, b) => a + b, 0);
    console.log(`${perRound(sum)} ms per round in measured functions (profiler running)`);
    for (const [name, us] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 50)))
      console.log(perRound(us), name);
  }
} finally {
  for (const browser of browsers) await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
