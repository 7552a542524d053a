/** A calendar date of the API (`"2026-01-31"`) as people read it: `31.01.2026` (de), `31/01/2026` (en). */
export function formatDate(isoDate: string | undefined, language: string): string {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate ?? '';
  // A LocalDate has no time zone: read and print it in UTC so that no offset moves the day.
  return new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'de-DE', {
    timeZone: 'UTC',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}
