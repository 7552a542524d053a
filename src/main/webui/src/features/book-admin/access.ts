import type { components } from '../../api/schema';
import { ApiProblem } from '../../api/problem';

type BookRole = components['schemas']['BookRole'];

/** The sections of a book's administration, in the order of its sub-navigation. */
export type AdminSection = 'members' | 'accounts' | 'categories' | 'inventory' | 'settings';

export const ADMIN_SECTIONS: readonly AdminSection[] = ['members', 'accounts', 'categories', 'inventory', 'settings'];

/*
 * Who may use which administration screen, mirroring the API's rules (BookResource, BookInvitationResource:
 * ADMIN only; AccountResource, CategoryResource, InventoryResource: ADMIN or TREASURER). It only decides
 * what the navigation offers: the API checks every call again and stays the authority.
 */

/** Members, invitations and the book's settings: the book's administrator only. */
export function administersBook(role: BookRole | undefined): boolean {
  return role === 'ADMIN';
}

/** Accounts, categories and inventory: administrator or treasurer. */
export function keepsRegisters(role: BookRole | undefined): boolean {
  return role === 'ADMIN' || role === 'TREASURER';
}

/** The administration sections a role may open; empty for members and auditors. */
export function sectionsFor(role: BookRole | undefined): AdminSection[] {
  return ADMIN_SECTIONS.filter((s) => (s === 'members' || s === 'settings' ? administersBook(role) : keepsRegisters(role)));
}

/** Whether the book's navigation shows "Administration" at all. */
export function mayAdminister(role: BookRole | undefined): boolean {
  return sectionsFor(role).length > 0;
}

/**
 * A stale edit: someone saved the same thing after it was loaded. The API answers 412 for a stale
 * `If-Match` and 409 `stale-version` for a stale `version` in the body; the screen offers a reload and
 * never sends the edit again on its own.
 */
export function isStaleEdit(error: unknown): boolean {
  if (!(error instanceof ApiProblem)) return false;
  return error.status === 412 || error.type === 'urn:cet:problem:stale-version';
}

/** The `If-Match` header for a version as the API's `ETag` writes it. */
export function ifMatch(version: number | undefined): { 'If-Match': string } | undefined {
  return version === undefined ? undefined : { 'If-Match': `"${version}"` };
}
