import { defineBoardScript } from '@/utils/content-script/define';
import { linkedin } from '@/utils/sites/linkedin';

export default defineBoardScript(linkedin);
