import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { messages } from '../i18n/messages';
import { ApiProblem, KNOWN_PROBLEM_TYPES, problemMessage } from './problem';

const doc = (status: number, body: Record<string, unknown>) => new ApiProblem(status, { status, ...body });

describe('problem texts', () => {
  it('a known CET type becomes its i18n key', () => {
    expect(problemMessage(doc(403, { type: 'urn:cet:problem:four-eyes-violation', title: 'Forbidden', detail: 'x' })))
      .toEqual({ key: 'problems.four-eyes-violation', params: {} });
  });

  it('every "...-not-found" type says not found', () => {
    expect(problemMessage(doc(404, { type: 'urn:cet:problem:transaction-not-found' }))?.key).toBe('problems.not-found');
  });

  it('an unknown CET type falls back to the server text (null)', () => {
    expect(problemMessage(doc(409, { type: 'urn:cet:problem:something-new', title: 'Conflict' }))).toBeNull();
  });

  it('a plain HTTP failure is named by its status; an unknown 4xx keeps the server text', () => {
    expect(problemMessage(doc(415, { type: 'about:blank' }))?.key).toBe('problems.unsupported-media-type');
    expect(problemMessage(doc(500, { type: 'about:blank' }))?.key).toBe('problems.server-error');
    expect(problemMessage(doc(405, { type: 'about:blank' }))).toBeNull();
  });

  it('the size limit in the detail becomes a parameter', () => {
    expect(problemMessage(doc(413, { type: 'urn:cet:problem:receipt-too-large', detail: 'A receipt may have at most 20971520 bytes.' })))
      .toEqual({ key: 'problems.receipt-too-large-limit', params: { megabytes: 20 } });
    expect(problemMessage(doc(413, { type: 'urn:cet:problem:receipt-too-large', detail: 'too big' }))?.key)
      .toBe('problems.receipt-too-large');
  });

  it('extension members give parameters: the number of blockers', () => {
    const p = doc(409, { type: 'urn:cet:problem:period-not-closable', blockers: [{ code: 'A' }, { code: 'B' }] });
    expect(p.extensions).toEqual({ blockers: [{ code: 'A' }, { code: 'B' }] });
    expect(problemMessage(p)).toEqual({ key: 'problems.period-not-closable', params: { count: 2 } });
  });

  it('every known type has a German and an English text', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { de: { translation: messages.de }, en: { translation: messages.en } }, lng: 'de' });
    for (const slug of [...KNOWN_PROBLEM_TYPES, 'receipt-too-large-limit', 'payload-too-large-limit']) {
      for (const lng of ['de', 'en']) {
        expect(i18n.exists(`problems.${slug}`, { lng, count: 1 }), `${lng} problems.${slug}`).toBe(true);
      }
    }
  });
});
