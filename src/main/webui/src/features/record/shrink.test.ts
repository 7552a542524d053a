import { describe, expect, it } from 'vitest';
import { jpegName, mayShrink, shrunkSize } from './shrink';

describe('shrinking receipt photos', () => {
  it('a phone photo gets 2000 px on its longer side, the other side in proportion', () => {
    expect(shrunkSize(4032, 3024)).toEqual({ width: 2000, height: 1500 });
    expect(shrunkSize(3000, 4000)).toEqual({ width: 1500, height: 2000 });
  });

  it('an image that fits is left alone', () => {
    expect(shrunkSize(2000, 1000)).toBeNull();
    expect(shrunkSize(800, 600)).toBeNull();
  });

  it('a very long, thin image keeps at least one pixel', () => {
    expect(shrunkSize(100_000, 10)).toEqual({ width: 2000, height: 1 });
  });

  it('only large JPEG, PNG and WebP files are decoded; PDFs and small files go as they are', () => {
    expect(mayShrink('image/jpeg', 5_000_000)).toBe(true);
    expect(mayShrink('image/png', 2_000_000)).toBe(true);
    expect(mayShrink('image/jpeg', 300_000)).toBe(false);
    expect(mayShrink('application/pdf', 9_000_000)).toBe(false);
    expect(mayShrink('image/heic', 4_000_000)).toBe(false);
  });

  it('a shrunk photo is named .jpg', () => {
    expect(jpegName('IMG_0042.PNG')).toBe('IMG_0042.jpg');
    expect(jpegName('quittung')).toBe('quittung.jpg');
    expect(jpegName('.png')).toBe('beleg.jpg');
  });
});
