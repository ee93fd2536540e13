/**
 * The France Travail configuration a person can set at run time (options page
 * § Avancé), for an application they registered themselves: a client id and,
 * optionally, other endpoints. Pure: validated here, merged over the build's
 * configuration; storage lives in config-store.ts.
 */
import { z } from 'zod';
import type { FranceTravailConfig } from './config';

const httpsUrl = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain })
  .max(500)
  .transform((url) => url.replace(/\/+$/, ''));

export const configOverrideSchema = z.strictObject({
  // France Travail client ids are like "PAR_name_0123abcd…": no spaces, no URL syntax.
  clientId: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[\w.~-]+$/),
  authorizeUrl: httpsUrl.optional(),
  tokenUrl: httpsUrl.optional(),
  logoutUrl: httpsUrl.optional(),
  apiBase: httpsUrl.optional(),
});

export type ConfigOverride = z.infer<typeof configOverrideSchema>;

/** The override in `value` when it is a valid one, else null (the build's values then apply). */
export function parseConfigOverride(value: unknown): ConfigOverride | null {
  const parsed = configOverrideSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** `url` moved from `from`'s origin to `to`'s, when it sat on `from`'s origin; else unchanged. */
function moveOrigin(url: string, from: string, to: string): string {
  const source = new URL(from).origin;
  return url.startsWith(source) ? new URL(to).origin + url.slice(source.length) : url;
}

/** The build's configuration with the person's override on top (the build's alone when there is none). */
export function mergeConfig(base: FranceTravailConfig, override: ConfigOverride | null): FranceTravailConfig {
  if (!override) return base;
  const apiBase = override.apiBase ?? base.apiBase;
  const authorizeUrl = override.authorizeUrl ?? base.authorizeUrl;
  const userinfoUrl = base.userinfoUrl.startsWith(base.apiBase)
    ? apiBase + base.userinfoUrl.slice(base.apiBase.length)
    : base.userinfoUrl;
  return {
    ...base,
    clientId: override.clientId,
    authorizeUrl,
    tokenUrl: override.tokenUrl ?? base.tokenUrl,
    logoutUrl: override.logoutUrl ?? base.logoutUrl,
    apiBase,
    userinfoUrl,
    // The id_token's issuer is the authorization server's: it follows a moved authorize URL.
    issuer: moveOrigin(base.issuer, base.authorizeUrl, authorizeUrl),
    // A relay holds the secret of the build's client: useless, and misleading, for another client.
    tokenRelayUrl: override.clientId === base.clientId ? base.tokenRelayUrl : null,
  };
}

/** Whether going from `before` to `after` makes the tokens of `before` meaningless (another client or server). */
export function invalidatesSession(before: FranceTravailConfig, after: FranceTravailConfig): boolean {
  return (
    before.clientId !== after.clientId ||
    before.authorizeUrl !== after.authorizeUrl ||
    before.tokenUrl !== after.tokenUrl ||
    before.apiBase !== after.apiBase
  );
}
