import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../api/problem';
import { allowedActions, explainRefusal, fourEyesBlock, mayApprove, needsDualApproval, type BookActor } from './permissions';

const treasurer: BookActor = { userId: 't', role: 'TREASURER', signatory: false };
const admin: BookActor = { userId: 'a', role: 'ADMIN', signatory: false };
const member: BookActor = { userId: 'm', role: 'MEMBER', signatory: false };
const signatory: BookActor = { userId: 's', role: 'MEMBER', signatory: true };
const auditor: BookActor = { userId: 'x', role: 'AUDITOR', signatory: true };
const open = { requireApproval: false, fourEyes: false };
const strict = { requireApproval: true, fourEyes: true, dualApprovalAbove: '500.00' };

const tx = (status: string, extra: Record<string, unknown> = {}) => ({ id: 'e', status, createdBy: 'm', amount: '24.70', ...extra }) as never;
const sorted = (s: Set<string>) => [...s].sort();

describe('who may approve', () => {
  it('treasurers, admins and signatory members; never an auditor, not a plain member', () => {
    expect([treasurer, admin, signatory, member, auditor].map(mayApprove)).toEqual([true, true, true, false, false]);
  });
});

describe('the actions an entry offers', () => {
  it('a member edits, submits and deletes only their own draft', () => {
    expect(sorted(allowedActions(tx('DRAFT'), member, strict))).toEqual(['delete', 'edit', 'submit']);
    expect(sorted(allowedActions(tx('DRAFT', { createdBy: 'other' }), member, strict))).toEqual([]);
  });

  it('a treasurer also books a draft, but only where the book does not require approval', () => {
    expect(allowedActions(tx('DRAFT'), treasurer, open).has('book')).toBe(true);
    expect(allowedActions(tx('DRAFT'), treasurer, strict).has('book')).toBe(false);
  });

  it('a submitted claim: the treasurer edits, approves, rejects; a plain member sees nothing to do', () => {
    expect(sorted(allowedActions(tx('SUBMITTED', { submittedBy: 'm' }), treasurer, strict))).toEqual(['approve', 'edit', 'reject']);
    expect(sorted(allowedActions(tx('SUBMITTED', { submittedBy: 'm' }), member, strict))).toEqual([]);
    expect(sorted(allowedActions(tx('SUBMITTED', { submittedBy: 'm' }), signatory, strict))).toEqual(['approve', 'reject']);
  });

  it('four-eyes keeps the submitter from approving their own entry, but not from rejecting it', () => {
    const own = tx('SUBMITTED', { createdBy: 't', submittedBy: 't' });
    expect(sorted(allowedActions(own, treasurer, strict))).toEqual(['edit', 'reject']);
    expect(fourEyesBlock(own, treasurer, strict)).toBe('own');
    expect(allowedActions(own, treasurer, { ...strict, fourEyes: false }).has('approve')).toBe(true);
  });

  it('nobody approves twice, four-eyes or not', () => {
    const approvedOnce = tx('SUBMITTED', { amount: '900.00', approvals: [{ approverId: 't' }] });
    expect(fourEyesBlock(approvedOnce, treasurer, open)).toBe('twice');
    expect(allowedActions(approvedOnce, treasurer, open).has('approve')).toBe(false);
  });

  it('an approved entry is booked by the treasurer; a booked one only reversed, and only once', () => {
    expect(sorted(allowedActions(tx('APPROVED'), treasurer, strict))).toEqual(['book', 'reject']);
    expect(sorted(allowedActions(tx('BOOKED'), treasurer, strict))).toEqual(['reverse']);
    expect(sorted(allowedActions(tx('BOOKED', { reversedBy: 'r' }), treasurer, strict))).toEqual([]);
    expect(sorted(allowedActions(tx('BOOKED', { reversalOf: 'o' }), treasurer, strict))).toEqual([]);
    expect(sorted(allowedActions(tx('BOOKED'), member, strict))).toEqual([]);
  });

  it('a rejected entry is reworked once by its creator; an auditor never changes anything', () => {
    expect(sorted(allowedActions(tx('REJECTED'), member, strict))).toEqual(['rework']);
    expect(sorted(allowedActions(tx('REJECTED', { reworkedInto: 'n' }), member, strict))).toEqual([]);
    for (const status of ['DRAFT', 'SUBMITTED', 'APPROVED', 'BOOKED', 'REJECTED']) {
      expect(sorted(allowedActions(tx(status, { createdBy: 'x' }), auditor, strict))).toEqual([]);
    }
  });
});

describe('dual approval', () => {
  it('applies strictly above the limit', () => {
    expect(needsDualApproval('500.00', strict)).toBe(false);
    expect(needsDualApproval('500.01', strict)).toBe(true);
    expect(needsDualApproval('1234.56', open)).toBe(false);
  });
});

describe('a refusal in words', () => {
  const fourEyes = new ApiProblem(403, { type: 'urn:cet:problem:four-eyes-violation', title: 'Forbidden' });
  it('four-eyes for the submitter, dual approval for a second approval by the same person', () => {
    expect(explainRefusal(fourEyes, tx('SUBMITTED', { submittedBy: 't' }), treasurer, strict)).toBe('fourEyesOwn');
    expect(explainRefusal(fourEyes, tx('SUBMITTED', { amount: '900.00', approvals: [{ approverId: 't' }] }), treasurer, strict)).toBe(
      'dualApproval',
    );
    expect(explainRefusal(fourEyes, tx('SUBMITTED', { approvals: [{ approverId: 't' }] }), treasurer, strict)).toBe('fourEyesTwice');
  });

  it('a plain 403, a stale version, and nothing to add for other problems', () => {
    expect(explainRefusal(new ApiProblem(403, { type: 'urn:cet:problem:forbidden' }), undefined, member, strict)).toBe('forbidden');
    expect(explainRefusal(new ApiProblem(412, { type: 'urn:cet:problem:stale-version' }), undefined, member, strict)).toBe('stale');
    expect(explainRefusal(new ApiProblem(422, { type: 'urn:cet:problem:cash-negative' }), undefined, member, strict)).toBeNull();
    expect(explainRefusal(new Error('x'), undefined, member, strict)).toBeNull();
  });
});
