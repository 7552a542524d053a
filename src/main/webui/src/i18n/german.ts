import de from './de.json';
import { mergeMessages } from './merge';

// Each feature may keep its texts in its own pair of files (`<feature>.de.json`, `<feature>.en.json`)
// next to the base files, so that features written side by side do not edit one large file.
const featureFiles = import.meta.glob<Record<string, unknown>>('./*.de.json', { eager: true, import: 'default' });

/** The German texts: the app's default language, part of the first load. */
export const german = mergeMessages(de, featureFiles, 'de');
