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

/**
 * cached(), for keys that mostly come once (a listing's titles): a key's
 * value is kept only from its second sighting on; `seen` remembers the keys
 * seen once (the key alone, no value), cleared when full as the cache is.
 * A kept value of a key that never comes back cost more than computing it
 * again saves: each outlives the young generation, and the collector copies
 * it before it is dropped. Scoring 5,000 distinct titles in Node (a CPU
 * profile of 6 s), the collector took 19 % of the time with every title's
 * parse kept and 8 % with this; offers scored per second, 4 pairs of
 * alternating processes, before -> after: 83,500 -> 121,500, 82,600 ->
 * 119,100, 79,700 -> 75,100, 59,500 -> 72,200 (the machine slowing down
 * under both). Titles that recur score as fast as before.
 */
export function cachedWhenSeenTwice<K, I, V>(
  cache: Map<K, V>,
  seen: Set<K>,
  limit: number,
  key: K,
  input: I,
  compute: (input: I, key: K) => V,
): V {
  const value = cache.get(key);
  if (value !== undefined) return value;
  // Its second sighting: kept from now on.
  if (seen.has(key)) return cached(cache, limit, key, input, compute);
  if (seen.size >= limit) seen.clear();
  seen.add(key);
  return compute(input, key);
}
