/**
 * Saves a blob under a file name. The archive comes through fetch with the bearer token (which lives in
 * memory only, so a plain link could not carry it), then a temporary object URL hands it to the browser.
 */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser the moment it needs to start the download before the URL is gone.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name of a Content-Disposition header (`attachment; filename="x.pgp"`), or the fallback. */
export function attachmentName(header: string | null, fallback: string): string {
  const match = header ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}

/** A size in bytes as people read it: 1.5 MB, 820 kB, 12 B (decimal units, the language's digits). */
export function formatBytes(bytes: number | undefined, language: string): string {
  if (bytes === undefined) return '';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(language.startsWith('en') ? 'en-GB' : 'de-DE', { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
