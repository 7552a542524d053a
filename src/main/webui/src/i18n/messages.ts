import { english } from './english';
import { german } from './german';

/** Both languages at once, for the tests that compare them; the app loads English only when it is chosen. */
export const messages = { de: german, en: english };
