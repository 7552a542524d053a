import { describe, expect, it } from 'vitest';
import { closesPeriods, readsAuditLog, signsOff, yearEndScreens, type BookActor } from './permissions';

const treasurer: BookActor = { userId: 't', role: 'TREASURER', signatory: false };
const admin: BookActor = { userId: 'a', role: 'ADMIN', signatory: true };
const member: BookActor = { userId: 'm', role: 'MEMBER', signatory: false };
const deputy: BookActor = { userId: 'd', role: 'MEMBER', signatory: true };
const auditor: BookActor = { userId: 'x', role: 'AUDITOR', signatory: false };

describe('the year end by role', () => {
  it('treasurer and admin close periods; auditor, members and signatory members do not', () => {
    expect([treasurer, admin, auditor, member, deputy].map(closesPeriods)).toEqual([true, true, false, false, false]);
  });

  it('everyone but a plain member reads the audit log and downloads the audit package', () => {
    expect([treasurer, admin, auditor, member, deputy].map(readsAuditLog)).toEqual([true, true, true, false, false]);
  });

  it('only signatories sign off, whatever their role', () => {
    expect([treasurer, admin, auditor, member, deputy].map(signsOff)).toEqual([false, true, false, false, true]);
  });

  it('the navigation: all three for treasurer, admin and auditor; the reports for a signatory member; nothing for a member', () => {
    expect(yearEndScreens(treasurer)).toEqual(['periods', 'reports', 'audit']);
    expect(yearEndScreens(admin)).toEqual(['periods', 'reports', 'audit']);
    expect(yearEndScreens(auditor)).toEqual(['periods', 'reports', 'audit']);
    expect(yearEndScreens(deputy)).toEqual(['reports']);
    expect(yearEndScreens(member)).toEqual([]);
    expect(yearEndScreens(undefined)).toEqual([]);
  });
});
