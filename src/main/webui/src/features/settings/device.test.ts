import { describe, expect, it } from 'vitest';
import { deviceName } from './device';

describe('a session named by its browser and system', () => {
  it('recognises the usual browsers on the usual systems', () => {
    expect(deviceName('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36')).toBe('Chrome · Linux');
    expect(deviceName('Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0')).toBe('Firefox · Android');
    expect(deviceName('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1')).toBe('Safari · iOS');
    expect(deviceName('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36 Edg/131.0')).toBe('Edge · Windows');
  });

  it('says what it knows, and nothing when the header is empty or unknown', () => {
    expect(deviceName('curl/8.5.0')).toBe('curl');
    expect(deviceName('Apache-HttpClient/4.5 (Java/21)')).toBeNull();
    expect(deviceName(undefined)).toBeNull();
    expect(deviceName('')).toBeNull();
  });
});
