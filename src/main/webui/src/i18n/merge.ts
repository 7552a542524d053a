type Messages = Record<string, unknown>;

/**
 * The base file of a language plus every feature file of that language (`./<feature>.<lang>.json`).
 * A key defined twice is a mistake that would silently hide one text, so it throws.
 */
export function mergeMessages(base: Messages, files: Record<string, Messages>, language: string): Messages {
  const result: Messages = structuredClone(base);
  for (const [path, content] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    if (!path.endsWith(`.${language}.json`)) continue;
    merge(result, content, path, '');
  }
  return result;
}

function merge(target: Messages, source: Messages, file: string, prefix: string) {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isObject(value) && (existing === undefined || isObject(existing))) {
      const into = (existing as Messages | undefined) ?? {};
      target[key] = into;
      merge(into, value, file, `${prefix}${key}.`);
    } else if (existing !== undefined) {
      throw new Error(`i18n key ${prefix}${key} is defined twice (again in ${file})`);
    } else {
      target[key] = value;
    }
  }
}

function isObject(value: unknown): value is Messages {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
