import { defineCustomSiteScript } from '@/utils/content-script/define';
import { jsonld } from '@/utils/sites/jsonld';

export default defineCustomSiteScript(jsonld);
