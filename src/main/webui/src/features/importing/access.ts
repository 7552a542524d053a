import type { components } from '../../api/schema';

type BookRole = components['schemas']['BookRole'];

/*
 * Who may do what with bank statements, as de.cet.importing's services decide it (LedgerAccess
 * auditReader / bookkeeper): it only decides what a screen offers; the API checks every call again.
 */

/** ADMIN, TREASURER and AUDITOR read the inbox, the rules and the reconciliation. */
export function readsBank(role: BookRole | undefined): boolean {
  return role === 'ADMIN' || role === 'TREASURER' || role === 'AUDITOR';
}

/** ADMIN and TREASURER import, match, create, ignore and edit rules. */
export function keepsBank(role: BookRole | undefined): boolean {
  return role === 'ADMIN' || role === 'TREASURER';
}
