import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './download';

describe('the name of a downloaded file', () => {
  it('prefers the UTF-8 name, falls back to the ASCII one, then to the screen\'s own name', () => {
    expect(fileNameFrom(`attachment; filename="transparenzbericht-2025-public.pdf"; filename*=UTF-8''transparenzbericht-2025-%C3%B6ffentlich.pdf`, 'x.pdf'))
      .toBe('transparenzbericht-2025-öffentlich.pdf');
    expect(fileNameFrom('attachment; filename="pruefpaket-2025.zip"', 'x.zip')).toBe('pruefpaket-2025.zip');
    expect(fileNameFrom('attachment; filename=plain.csv', 'x.csv')).toBe('plain.csv');
    expect(fileNameFrom(null, 'x.csv')).toBe('x.csv');
    expect(fileNameFrom('attachment', 'x.csv')).toBe('x.csv');
  });

  it('never keeps a path, and survives a broken encoding', () => {
    expect(fileNameFrom('attachment; filename="../../etc/passwd"', 'x')).toBe('.._.._etc_passwd');
    expect(fileNameFrom(`attachment; filename="ok.pdf"; filename*=UTF-8''%E0%A4%A`, 'x')).toBe('ok.pdf');
  });
});
