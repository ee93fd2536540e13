import { execFileSync } from 'node:child_process';
import { ROOT } from './paths';

/**
 * Builds the four extensions the end-to-end tests load: production and mock, Chrome and Firefox. The
 * production ones as `npm run zip` makes them, which also packs them for the stores (build.test.ts).
 */
export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const wxt = `${ROOT}node_modules/.bin/wxt`;
  const builds: Array<[string[], NodeJS.ProcessEnv]> = [
    [['zip'], {}],
    [['zip', '-b', 'firefox'], {}],
    [['build'], { FT_MOCK: '1' }],
    [['build', '-b', 'firefox'], { FT_MOCK: '1' }],
  ];
  for (const [args, env] of builds) {
    execFileSync(wxt, args, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...env } });
  }
}
