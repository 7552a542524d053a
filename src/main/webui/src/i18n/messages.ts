import de from './de.json';
import en from './en.json';
import { mergeMessages } from './merge';

// Each feature may keep its texts in its own pair of files (`<feature>.de.json`, `<feature>.en.json`)
// next to these two, so that features written side by side do not edit one large file.
const featureFiles = import.meta.glob<Record<string, unknown>>('./*.*.json', { eager: true, import: 'default' });

export const messages = {
  de: mergeMessages(de, featureFiles, 'de'),
  en: mergeMessages(en, featureFiles, 'en'),
};
