/** The badge's words as the extension shows them in French: built from the real public/_locales/fr file. */
import { badgeLabels, badgeWords } from '@/utils/highlight/labels';
import { translator } from '../locales-translator';

export const FRENCH_LABELS = badgeLabels(badgeWords(translator('fr')));
