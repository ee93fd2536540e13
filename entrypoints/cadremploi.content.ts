import { defineBoardScript } from '@/utils/content-script/define';
import { cadremploi } from '@/utils/sites/cadremploi';

export default defineBoardScript(cadremploi);
