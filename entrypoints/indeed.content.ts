import { defineBoardScript } from '@/utils/content-script/define';
import { indeed } from '@/utils/sites/indeed';

export default defineBoardScript(indeed);
