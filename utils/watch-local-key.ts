/**
 * Follows one key of storage.local (settings, the profile stamp, the France
 * Travail override): calls `onChange` with each change of it; returns the
 * unsubscribe function.
 */
export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export function watchLocalKey(key: string, onChange: (change: StorageChange) => void): () => void {
  const listener = (changes: Record<string, StorageChange>, area: string) => {
    const change = changes[key];
    if (area === 'local' && change) onChange(change);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
