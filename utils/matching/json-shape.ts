/**
 * Tiny guards for the JSON shapes the parsers accept (schema.org and Offres v2
 * fields). Hand-written instead of zod: the parsers run in the content script,
 * which must stay small (architecture.md § The match profile).
 */

/** An object that is not an array (what a JSON object becomes). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number or a string: how job boards write amounts in JSON. */
export function isJsonNumber(value: unknown): value is number | string {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** Absent, or passing `check`: an optional field. */
export function isOptional<T>(value: unknown, check: (value: unknown) => value is T): value is T | undefined {
  return value === undefined || check(value);
}

/** A string. */
export function isString(value: unknown): value is string {
  return typeof value === 'string';
}
