import { defineBoardScript } from '@/utils/content-script/define';
import { hellowork } from '@/utils/sites/hellowork';

export default defineBoardScript(hellowork);
