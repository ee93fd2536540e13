import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type StorageChange, watchLocalKey } from '@/utils/watch-local-key';

beforeEach(() => fakeBrowser.reset());

describe('watchLocalKey', () => {
  it('hands over each change of its key in storage.local, and nothing else, until unsubscribed', async () => {
    const seen: StorageChange[] = [];
    const stop = watchLocalKey('displaySettings', (change) => seen.push(change));
    await fakeBrowser.storage.local.set({ displaySettings: { mode: 'dim' } });
    await fakeBrowser.storage.local.set({ profileStamp: 'abc' });
    await fakeBrowser.storage.session.set({ displaySettings: { mode: 'hide' } });
    await fakeBrowser.storage.local.set({ displaySettings: { mode: 'mark' } });
    expect(seen.map((change) => change.newValue)).toEqual([{ mode: 'dim' }, { mode: 'mark' }]);
    expect(seen[1]?.oldValue).toEqual({ mode: 'dim' });
    stop();
    await fakeBrowser.storage.local.remove('displaySettings');
    expect(seen).toHaveLength(2);
  });
});
