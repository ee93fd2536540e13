import { defineBoardScript } from '@/utils/content-script/define';
import { francetravail } from '@/utils/sites/francetravail';

export default defineBoardScript(francetravail);
