/**
 * The production build the bench measures (content-script sizes, the job-board
 * page, the popup): built once per `npm run bench`, from the sources as they
 * are. A build left in .output/chrome-mv3 may come from other sources (an
 * older commit, a scratch change), and was measured as if it were this one.
 * BENCH_SKIP_BUILD=1 measures .output/chrome-mv3 as it is: for builds a
 * maintainer sets there by hand, one after the other, to compare them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROD_CHROME_DIR, ROOT } from '../../tests/e2e/support/paths';

let built = false;

export function buildOnce(): void {
  if (built) return;
  if (process.env.BENCH_SKIP_BUILD === '1') {
    if (!existsSync(join(PROD_CHROME_DIR, 'manifest.json')))
      throw new Error(`BENCH_SKIP_BUILD=1, but there is no build in ${PROD_CHROME_DIR}`);
  } else {
    process.stderr.write('building the extension (npx wxt build)…\n');
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  built = true;
}
