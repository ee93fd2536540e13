import type { FranceTravailConfig } from './config';

declare const __FT_CONFIG__: FranceTravailConfig;

/** The France Travail configuration this build was made with (injected by wxt.config.ts). */
export const buildConfig: FranceTravailConfig = __FT_CONFIG__;
