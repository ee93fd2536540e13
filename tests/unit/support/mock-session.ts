/** Signs in to the local mock the way the extension does (oauth.ts), without a browser. */
import { resolveFranceTravailConfig } from '@/utils/francetravail/config';
import { completeAuthRequest, createAuthRequest, type Tokens } from '@/utils/francetravail/oauth';
import { mockAdmin } from '../../mock/admin';
import { type MockServer, startMockServer } from '../../mock/server';

export const REDIRECT_URI = 'https://hinmapnmlbkjhijjfcfhienpnkfipcbk.chromiumapp.org/';

export async function startQuietMock(): Promise<MockServer> {
  return startMockServer({ port: 0, quiet: true, config: { autoApprove: true } });
}

export function mockConfig(mock: MockServer) {
  return resolveFranceTravailConfig({ FT_MOCK: mock.url });
}

/** The mock's admin API. */
export const admin = mockAdmin;

/** Runs authorize (auto-approved) and the code exchange; returns the tokens. */
export async function signInToMock(mock: MockServer, profile = 'demo'): Promise<Tokens> {
  await admin(mock, 'config', { autoApprove: true, profile });
  const config = mockConfig(mock);
  const { url, pending } = await createAuthRequest(config, REDIRECT_URI);
  const answer = await fetch(url, { redirect: 'manual' });
  const location = answer.headers.get('location');
  if (!location) throw new Error(`authorize did not redirect (${answer.status})`);
  return completeAuthRequest(config, pending, location);
}
