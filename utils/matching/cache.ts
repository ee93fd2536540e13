/**
 * The bounded caches of the engine (parsed texts, title evidence, stems,
 * formatted amounts): one helper, so each costs the content script one line.
 */

/**
 * The value of `key` in `cache`, computed from `input` and `key` the first
 * time (a function and its input: no closure per call). A full cache is
 * cleared, so a page that never repeats costs no memory.
 */
export function cached<K, I, V>(
  cache: Map<K, V>,
  limit: number,
  key: K,
  input: I,
  compute: (input: I, key: K) => V,
): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute(input, key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
  }
  return value;
}
