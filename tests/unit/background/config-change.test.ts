import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { signOutOnConfigChange } from '@/entrypoints/background/config-change';
import { buildConfig } from '@/utils/francetravail/build-config';
import type { FranceTravailConfig } from '@/utils/francetravail/config';
import { saveConfigOverride } from '@/utils/francetravail/config-store';

let unwatch: (() => void) | undefined;

beforeEach(() => {
  unwatch?.();
  fakeBrowser.reset();
});

function watch(connected: boolean) {
  const deps = {
    isConnected: vi.fn(async () => connected),
    signOut: vi.fn(async (_config: FranceTravailConfig) => {}),
    afterSignOut: vi.fn(async () => {}),
  };
  unwatch = signOutOnConfigChange(deps);
  return deps;
}

describe('signOutOnConfigChange', () => {
  it('signs a connected person out against the old configuration when the client id changes', async () => {
    const deps = watch(true);
    await saveConfigOverride({ clientId: 'PAR_monappli' });
    await vi.waitFor(() => expect(deps.afterSignOut).toHaveBeenCalledOnce());
    expect(deps.signOut).toHaveBeenCalledWith(buildConfig);
  });

  it('signs out again when going back to the build values from another client', async () => {
    await saveConfigOverride({ clientId: 'PAR_monappli' });
    const deps = watch(true);
    await fakeBrowser.storage.local.clear();
    await vi.waitFor(() => expect(deps.signOut).toHaveBeenCalledOnce());
    expect(deps.signOut.mock.calls[0]?.[0].clientId).toBe('PAR_monappli');
  });

  it('leaves a signed-out person alone, and a session whose client and servers stay', async () => {
    const signedOut = watch(false);
    await saveConfigOverride({ clientId: 'PAR_monappli' });
    await vi.waitFor(() => expect(signedOut.isConnected).toHaveBeenCalledOnce());
    expect(signedOut.signOut).not.toHaveBeenCalled();
    unwatch?.();
    const sameClient = watch(true);
    await saveConfigOverride({ clientId: 'PAR_monappli', logoutUrl: 'https://logout.example.fr/out' });
    await saveConfigOverride({ clientId: 'PAR_monappli' });
    expect(sameClient.isConnected).not.toHaveBeenCalled();
    expect(sameClient.signOut).not.toHaveBeenCalled();
  });
});
