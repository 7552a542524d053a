/** The chain verification as an auditor reads it: an i18n key under `audit.` and its numbers. */
export function verdict(v: { valid?: boolean; entries?: number; firstBrokenAt?: number }, language: string): { key: string; params: Record<string, string | number> } {
  const count = (n: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE').format(n);
  const entries = v.entries ?? 0;
  if (v.valid) return { key: 'audit.valid', params: { count: entries, entries: count(entries) } };
  return { key: 'audit.broken', params: { entry: count(v.firstBrokenAt ?? 0), entries: count(entries) } };
}
