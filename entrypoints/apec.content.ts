import { defineBoardScript } from '@/utils/content-script/define';
import { apec } from '@/utils/sites/apec';

export default defineBoardScript(apec);
