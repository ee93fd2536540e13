/**
 * The extension's fixed identity in each browser. Fixed ids keep the OAuth
 * redirect URI (identity.getRedirectURL()) the same for every install, so it
 * can be registered once with France Travail. The Chrome Web Store is the
 * exception: it refuses the manifest `key` (the store package goes without,
 * scripts/build/store-package.ts) and gives the item an id of its own.
 */

/**
 * Public half of the Chrome signing key (manifest `key`). Chrome derives the
 * extension id from it: the first 128 bits of sha256(DER key), each hex digit
 * 0-f written as a letter a-p (see chromeExtensionId, `npm run extension-id`).
 */
export const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxPEqS76kyPxTOPX+Y1UHgapg6Huxd5YeDQZTlPKFWNwwSFfpC8iqHHrz6Hd6iSc2bsAcxpzES10+MEWJkJQyalK+3rZn8ERDE50V1ksiAkaVWyRmEpcZ33svHbKi/TFi67U+sjCQgkFG5lri+QUlbAUF7MNiWqZk6u/k8CaHPezFvHLAK6OQPsj/j2QS4OxRXFY95qKW0GIklTBanI/+KAQvVJz6JSqpio4JDHMVTKjzqXW/xKXxkuerXPbKKD75gOFFuBUt4IeiwFzSj1lKYwBSfPOqjp2hV5c798XGEppJEcwQilOfFW5EaD6abdFo7j9bu2+W7DOytpngVWGqowIDAQAB';

/** Firefox add-on id (browser_specific_settings.gecko.id). */
export const GECKO_ID = 'repere-emploi@repere-emploi.fr';

async function sha256Hex(bytes: Uint8Array, algorithm: 'SHA-256' | 'SHA-1'): Promise<string> {
  const digest = await crypto.subtle.digest(algorithm, bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The Chrome extension id that a manifest `key` gives. */
export async function chromeExtensionId(publicKeyBase64: string): Promise<string> {
  const der = Uint8Array.from(atob(publicKeyBase64), (c) => c.charCodeAt(0));
  const hex = (await sha256Hex(der, 'SHA-256')).slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** The redirect URIs to register with France Travail, per browser. */
export async function redirectUris(): Promise<{ chrome: string; firefox: string }> {
  const chromeId = await chromeExtensionId(CHROME_PUBLIC_KEY);
  // Firefox: https://<sha1 hex of the add-on id>.extensions.allizom.org/
  const firefoxHost = await sha256Hex(new TextEncoder().encode(GECKO_ID), 'SHA-1');
  return {
    chrome: `https://${chromeId}.chromiumapp.org/`,
    firefox: `https://${firefoxHost}.extensions.allizom.org/`,
  };
}
