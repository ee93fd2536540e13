/** Prints the extension ids and the OAuth redirect URIs to register with France Travail. */
import { CHROME_PUBLIC_KEY, chromeExtensionId, GECKO_ID, redirectUris } from '../utils/extension-identity';

const uris = await redirectUris();
console.log(`Chrome extension id:   ${await chromeExtensionId(CHROME_PUBLIC_KEY)}`);
console.log(`Firefox add-on id:     ${GECKO_ID}`);
console.log(`Chrome redirect URI:   ${uris.chrome}`);
console.log(`Firefox redirect URI:  ${uris.firefox}`);
