import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../api/problem';
import { administersBook, ifMatch, isStaleEdit, keepsRegisters, mayAdminister, sectionsFor } from './access';

describe('who sees which administration screen', () => {
  it('an administrator sees every section', () => {
    expect(sectionsFor('ADMIN')).toEqual(['members', 'accounts', 'categories', 'inventory', 'settings']);
  });

  it('a treasurer keeps accounts, categories and inventory, but not members or the book settings', () => {
    expect(sectionsFor('TREASURER')).toEqual(['accounts', 'categories', 'inventory']);
    expect(administersBook('TREASURER')).toBe(false);
    expect(keepsRegisters('TREASURER')).toBe(true);
  });

  it('a member and an auditor see no administration at all', () => {
    for (const role of ['MEMBER', 'AUDITOR', undefined] as const) {
      expect(sectionsFor(role)).toEqual([]);
      expect(mayAdminister(role)).toBe(false);
      expect(keepsRegisters(role)).toBe(false);
      expect(administersBook(role)).toBe(false);
    }
    expect(mayAdminister('ADMIN')).toBe(true);
    expect(mayAdminister('TREASURER')).toBe(true);
  });
});

describe('a stale edit', () => {
  it('is a 412 for If-Match or a 409 stale-version, not any other conflict', () => {
    expect(isStaleEdit(new ApiProblem(412, { type: 'urn:cet:problem:stale-version' }))).toBe(true);
    expect(isStaleEdit(new ApiProblem(409, { type: 'urn:cet:problem:stale-version' }))).toBe(true);
    expect(isStaleEdit(new ApiProblem(409, { type: 'urn:cet:problem:last-admin' }))).toBe(false);
    expect(isStaleEdit(new ApiProblem(403, {}))).toBe(false);
    expect(isStaleEdit(new Error('x'))).toBe(false);
    expect(isStaleEdit(null)).toBe(false);
  });

  it('sends the loaded version as the ETag the API wrote', () => {
    expect(ifMatch(3)).toEqual({ 'If-Match': '"3"' });
    expect(ifMatch(0)).toEqual({ 'If-Match': '"0"' });
    expect(ifMatch(undefined)).toBeUndefined();
  });
});
