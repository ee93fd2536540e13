import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { hostPermissionsFor, resolveFranceTravailConfig } from './utils/francetravail/config';

// Build-time configuration: environment variables only (README § Configuration).
const ftConfig = resolveFranceTravailConfig(process.env);

/**
 * Public half of the Chrome signing key. It fixes the extension id
 * (hinmapnmlbkjhijjfcfhienpnkfipcbk = first 128 bits of sha256(key), hex digits
 * mapped 0-f -> a-p; `npm run extension-id` recomputes it), so the OAuth
 * redirect URI https://<id>.chromiumapp.org/ never changes.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxPEqS76kyPxTOPX+Y1UHgapg6Huxd5YeDQZTlPKFWNwwSFfpC8iqHHrz6Hd6iSc2bsAcxpzES10+MEWJkJQyalK+3rZn8ERDE50V1ksiAkaVWyRmEpcZ33svHbKi/TFi67U+sjCQgkFG5lri+QUlbAUF7MNiWqZk6u/k8CaHPezFvHLAK6OQPsj/j2QS4OxRXFY95qKW0GIklTBanI/+KAQvVJz6JSqpio4JDHMVTKjzqXW/xKXxkuerXPbKKD75gOFFuBUt4IeiwFzSj1lKYwBSfPOqjp2hV5c798XGEppJEcwQilOfFW5EaD6abdFo7j9bu2+W7DOytpngVWGqowIDAQAB';

export const GECKO_ID = 'repere-emploi@repere-emploi.fr';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: ftConfig.mock ? '.output/mock' : '.output',
  vite: () => ({
    plugins: [preact()],
    define: { __FT_CONFIG__: JSON.stringify(ftConfig) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: ['identity', 'storage'],
    host_permissions: hostPermissionsFor(ftConfig),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['authenticationInfo'] },
            },
          },
        }
      : { key: CHROME_PUBLIC_KEY }),
  }),
});
