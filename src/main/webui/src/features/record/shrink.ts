/**
 * Receipt photos are shrunk in the browser before they are uploaded: a phone photo of 4000 × 3000 px
 * and 5 MB reads just as well at 2000 px as a JPEG of a few hundred KB, uploads in a fraction of the
 * time on a weak connection and stays far below the server's size limit. PDFs and other files are sent
 * as they are (the server checks their type from the bytes).
 */
export const MAX_SIDE = 2000;
export const JPEG_QUALITY = 0.85;
/** Smaller images are sent unchanged even when a side is long (a screenshot, a scanned PNG). */
export const SHRINK_ABOVE_BYTES = 1_000_000;

const SHRINKABLE = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** The size to draw an image at so that its longer side is at most `maxSide`, or `null` when it fits already. */
export function shrunkSize(width: number, height: number, maxSide = MAX_SIDE): { width: number; height: number } | null {
  const longest = Math.max(width, height);
  if (longest <= maxSide || width <= 0 || height <= 0) return null;
  const scale = maxSide / longest;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Whether a file is worth decoding and shrinking at all. */
export function mayShrink(type: string, bytes: number): boolean {
  return SHRINKABLE.has(type) && bytes > SHRINK_ABOVE_BYTES;
}

/** The file name of a shrunk photo: its extension becomes `.jpg`. */
export function jpegName(fileName: string): string {
  const base = fileName.replace(/\.[^./\\]*$/, '');
  return `${base || 'beleg'}.jpg`;
}

export interface PreparedFile {
  blob: Blob;
  fileName: string;
  /** Size before shrinking, when it was shrunk. */
  originalSize?: number;
}

/**
 * A photo as a JPEG of at most {@link MAX_SIDE} px on its longer side; anything else, or a photo the
 * browser cannot decode (HEIC outside Safari), unchanged. A result that is not smaller is discarded.
 */
export async function prepareReceipt(file: File): Promise<PreparedFile> {
  const unchanged = { blob: file, fileName: file.name };
  if (!mayShrink(file.type, file.size) || typeof createImageBitmap !== 'function') return unchanged;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file); // honours the photo's EXIF orientation
  } catch {
    return unchanged;
  }
  try {
    const size = shrunkSize(bitmap.width, bitmap.height) ?? { width: bitmap.width, height: bitmap.height };
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) return unchanged;
    // JPEG has no transparency: a transparent PNG gets a white background instead of a black one.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
    if (!blob || blob.size >= file.size) return unchanged;
    return { blob, fileName: jpegName(file.name), originalSize: file.size };
  } finally {
    bitmap.close();
  }
}
