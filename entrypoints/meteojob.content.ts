import { defineBoardScript } from '@/utils/content-script/define';
import { meteojob } from '@/utils/sites/meteojob';

export default defineBoardScript(meteojob);
