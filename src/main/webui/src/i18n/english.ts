import en from './en.json';
import { mergeMessages } from './merge';

const featureFiles = import.meta.glob<Record<string, unknown>>('./*.en.json', { eager: true, import: 'default' });

/** The English texts: a chunk of their own, loaded only when English is chosen (i18n/index.ts). */
export const english = mergeMessages(en, featureFiles, 'en');
