import { defineBoardScript } from '@/utils/content-script/define';
import { wttj } from '@/utils/sites/wttj';

export default defineBoardScript(wttj);
