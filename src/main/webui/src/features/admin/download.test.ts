import { describe, expect, it } from 'vitest';
import { attachmentName, formatBytes } from './download';

describe('a downloaded backup', () => {
  it('keeps the file name the server gave it', () => {
    expect(attachmentName('attachment; filename="cet-backup-2026-12-02.zip.pgp"', 'x')).toBe('cet-backup-2026-12-02.zip.pgp');
    expect(attachmentName("attachment; filename*=UTF-8''cet%20backup.pgp", 'x')).toBe('cet backup.pgp');
    expect(attachmentName(null, 'backup.pgp')).toBe('backup.pgp');
    expect(attachmentName('attachment', 'backup.pgp')).toBe('backup.pgp');
  });

  it('says its size in the units people read', () => {
    expect(formatBytes(12, 'de')).toBe('12 B');
    expect(formatBytes(1500, 'de')).toBe('1,5 kB');
    expect(formatBytes(1_500_000, 'en')).toBe('1.5 MB');
    expect(formatBytes(820_000, 'en')).toBe('820 kB');
    expect(formatBytes(undefined, 'en')).toBe('');
  });
});
