import type { components } from '../../api/schema';
import { ApiProblem } from '../../api/problem';
import { compareMoney } from '../../lib/cents';

type Transaction = components['schemas']['Transaction'];
type BookRole = components['schemas']['BookRole'];

/** Who I am in a book: my user id, my role and whether I sign (chair, deputy). */
export interface BookActor {
  userId: string;
  role: BookRole;
  signatory: boolean;
}

/** The book's approval rules as GET /books/{id} answers them. */
export interface ApprovalRules {
  requireApproval: boolean;
  fourEyes: boolean;
  dualApprovalAbove?: string;
}

export type Action = 'edit' | 'submit' | 'approve' | 'reject' | 'book' | 'reverse' | 'delete' | 'rework';

/*
 * The one place in the web app that mirrors the ledger's rules of who may do what
 * (de.cet.ledger.domain.common.Actor, de.cet.ledger.domain.transaction.Transaction, ADR 0003). It only
 * decides which buttons a screen offers: the API checks every call again and stays the authority.
 */

/** ADMIN or TREASURER: records, books, reverses, reimburses. */
export function keepsTheBooks(actor: BookActor): boolean {
  return actor.role === 'ADMIN' || actor.role === 'TREASURER';
}

/** An auditor reads and changes nothing. */
export function writes(actor: BookActor): boolean {
  return actor.role !== 'AUDITOR';
}

/** Treasurer, admin or a signatory member; never an auditor. */
export function mayApprove(actor: BookActor): boolean {
  return keepsTheBooks(actor) || (actor.signatory && actor.role === 'MEMBER');
}

/**
 * Why the four-eyes rule keeps me from approving this entry, or null. The API also counts the last
 * editor, whom the entry's document does not name, so the server may still refuse (the refusal is
 * explained by {@link explainRefusal}).
 */
export function fourEyesBlock(tx: Transaction, actor: BookActor, rules: ApprovalRules): 'own' | 'twice' | null {
  if ((tx.approvals ?? []).some((a) => a.approverId === actor.userId)) return 'twice';
  if (rules.fourEyes && (tx.createdBy === actor.userId || tx.submittedBy === actor.userId)) return 'own';
  return null;
}

/** Exactly the actions the entry's status and my role allow. */
export function allowedActions(tx: Transaction, actor: BookActor, rules: ApprovalRules): Set<Action> {
  const allowed = new Set<Action>();
  if (!writes(actor)) return allowed;
  const mine = tx.createdBy === actor.userId;
  const bookkeeper = keepsTheBooks(actor);
  switch (tx.status) {
    case 'DRAFT':
      if (mine || bookkeeper) {
        allowed.add('edit');
        allowed.add('submit');
        allowed.add('delete');
      }
      if (bookkeeper && !rules.requireApproval) allowed.add('book');
      break;
    case 'SUBMITTED':
      if (bookkeeper) allowed.add('edit');
      if (mayApprove(actor)) {
        if (!fourEyesBlock(tx, actor, rules)) allowed.add('approve');
        allowed.add('reject');
      }
      if (bookkeeper && !rules.requireApproval) allowed.add('book');
      break;
    case 'APPROVED':
      if (mayApprove(actor)) allowed.add('reject');
      if (bookkeeper) allowed.add('book');
      break;
    case 'BOOKED':
      if (bookkeeper && !tx.reversalOf && !tx.reversedBy) allowed.add('reverse');
      break;
    case 'REJECTED':
      if ((mine || bookkeeper) && !tx.reworkedInto) allowed.add('rework');
      break;
  }
  return allowed;
}

/** Amounts strictly above the book's limit need two approvals by two people. */
export function needsDualApproval(amount: string | undefined, rules: ApprovalRules): boolean {
  if (!amount || !rules.dualApprovalAbove) return false;
  return compareMoney(amount, rules.dualApprovalAbove) > 0;
}

export type Refusal = 'fourEyesOwn' | 'fourEyesTwice' | 'dualApproval' | 'forbidden' | 'invalidStatus' | 'stale' | null;

/**
 * A refused call in words a person understands (an i18n key under `ledger.refusal.`); null when the
 * problem document's own title and detail say it best.
 */
export function explainRefusal(error: unknown, tx: Transaction | undefined, actor: BookActor | undefined, rules: ApprovalRules | undefined): Refusal {
  if (!(error instanceof ApiProblem)) return null;
  const slug = error.type?.replace(/^urn:cet:problem:/, '');
  if (slug === 'four-eyes-violation') {
    const approvedAlready = !!tx && !!actor && (tx.approvals ?? []).some((a) => a.approverId === actor.userId);
    if (approvedAlready) return rules && needsDualApproval(tx?.amount, rules) ? 'dualApproval' : 'fourEyesTwice';
    return 'fourEyesOwn';
  }
  if (slug === 'stale-version' || error.status === 412) return 'stale';
  if (slug === 'invalid-status') return 'invalidStatus';
  if (error.status === 403) return 'forbidden';
  return null;
}

/*
 * The year end's screens (periods, reports, audit). Like the rest of this file they only decide what the
 * navigation and the screens offer; the API refuses every forced call on its own.
 */

/** Who reads the audit log and downloads the audit package: everyone but a plain member (LedgerAccess.auditReader). */
export function readsAuditLog(actor: BookActor): boolean {
  return actor.role !== 'MEMBER';
}

/** Creates and closes periods: the treasurer and the admin. */
export function closesPeriods(actor: BookActor): boolean {
  return keepsTheBooks(actor);
}

/** Signs a closed period's transparency report: a signatory (chair, deputy), whatever the role. */
export function signsOff(actor: BookActor): boolean {
  return actor.signatory;
}

export type YearEndScreen = 'periods' | 'reports' | 'audit';

/**
 * The year-end screens the book's navigation shows me: the periods to who keeps the books and the auditor,
 * the reports also to a signatory (who signs there), the audit log to its readers. A plain member sees none.
 */
export function yearEndScreens(actor: BookActor | undefined): YearEndScreen[] {
  if (!actor) return [];
  const screens: YearEndScreen[] = [];
  if (readsAuditLog(actor)) screens.push('periods');
  if (readsAuditLog(actor) || signsOff(actor)) screens.push('reports');
  if (readsAuditLog(actor)) screens.push('audit');
  return screens;
}
