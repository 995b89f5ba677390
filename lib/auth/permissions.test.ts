import { describe, expect, it } from 'vitest';
import type { MembershipRole, StaffRole } from '@/db/schema';
import { apiScopes, systemActor, type ApiScope, type TokenActor, type UserActor } from '@/lib/core/actor';
import { decide, permissions, roleIn, type Decision, type Permission } from './permissions';

// decide() and roleIn() over every permission x role x own/other organisation, derived from first
// principles rather than from the table itself: a customer reaches only their own organisation and
// only with a listed role; a stranger to an organisation is told it does not exist; staff reach
// every organisation with a listed staff role; a token only what its scopes grant.

const OWN = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const staffRoles: StaffRole[] = ['privacy', 'support', 'admin'];
const orgRoles: MembershipRole[] = ['signatory', 'member'];
const allPermissions = Object.keys(permissions) as Permission[];

const customer = (role: MembershipRole): UserActor => ({
  kind: 'user',
  userId: `u-${role}`,
  email: `${role}@example.test`,
  name: null,
  locale: 'de',
  staffRoles: [],
  memberships: [{ orgId: OWN, role, orgName: 'Own GmbH' }],
});
const staffer = (role: StaffRole): UserActor => ({ ...customer('member'), userId: `s-${role}`, memberships: [], staffRoles: [role] });
const nobody: UserActor = { ...customer('member'), memberships: [] };
const token = (scopes: ApiScope[]): TokenActor => ({ kind: 'token', tokenId: 't1', name: 'phone system', scopes });

type Rule = { org?: readonly string[]; staff?: readonly string[]; token?: readonly string[]; anyUser?: true };
const rule = (p: Permission) => permissions[p] as Rule;

describe('decide()', () => {
  for (const permission of allPermissions) {
    const { org = [], staff = [], anyUser } = rule(permission);
    describe(permission, () => {
      for (const role of orgRoles) {
        it(`customer ${role}: own organisation, another organisation, no organisation`, () => {
          const actor = customer(role);
          const ownExpected: Decision = anyUser || org.includes(role) ? 'allow' : 'forbidden';
          expect(decide(actor, permission, OWN)).toBe(ownExpected);
          // Another organisation's data: never allowed, and not even confirmed to exist.
          expect(decide(actor, permission, OTHER)).toBe(anyUser ? 'allow' : 'not_found');
          expect(decide(actor, permission)).toBe(anyUser ? 'allow' : 'forbidden');
        });
      }
      for (const role of staffRoles) {
        it(`staff ${role}: every organisation alike`, () => {
          const expected: Decision = anyUser || staff.includes(role) ? 'allow' : 'forbidden';
          for (const orgId of [OWN, OTHER, undefined]) expect(decide(staffer(role), permission, orgId)).toBe(expected);
        });
      }
      it('a signed-in user without roles', () => {
        expect(decide(nobody, permission, OWN)).toBe(anyUser ? 'allow' : 'not_found');
        expect(decide(nobody, permission)).toBe(anyUser ? 'allow' : 'forbidden');
      });
      it('API tokens: exactly the permissions their scopes grant', () => {
        for (const scope of apiScopes) {
          const expected: Decision = rule(permission).token?.includes(scope) ? 'allow' : 'forbidden';
          expect(decide(token([scope]), permission, OWN)).toBe(expected);
        }
        expect(decide(token([]), permission, OWN)).toBe('forbidden');
      });
    });
  }

  it('the portal’s own jobs are allowed everything', () => {
    for (const permission of allPermissions) expect(decide(systemActor('test'), permission, OTHER)).toBe('allow');
  });

  it('customers never hold a permission for another organisation, whatever their role there', () => {
    const both: UserActor = { ...customer('signatory'), memberships: [{ orgId: OWN, role: 'signatory', orgName: 'Own' }] };
    for (const permission of allPermissions) {
      if (rule(permission).anyUser) continue;
      expect(decide(both, permission, OTHER), permission).toBe('not_found');
    }
  });

  it('management permissions belong to staff only', () => {
    for (const permission of allPermissions.filter((p) => p.endsWith('.manage') || p.endsWith('.decide'))) {
      if (permission === 'subscriptions.manage') continue; // a customer's own notice contacts and webhooks
      expect(rule(permission).org ?? [], permission).toEqual([]);
    }
  });
});

describe('administration (issue 11)', () => {
  it('organisations, import, services and settings belong to admins alone', () => {
    for (const permission of ['admin.orgs.manage', 'admin.import', 'admin.services.manage', 'admin.settings.manage'] as const) {
      expect(decide(staffer('admin'), permission), permission).toBe('allow');
      expect(decide(staffer('privacy'), permission), permission).toBe('forbidden');
      expect(decide(staffer('support'), permission), permission).toBe('forbidden');
      expect(decide(customer('signatory'), permission, OWN), permission).toBe('forbidden');
    }
  });
});

describe('people and the audit log (issue 11)', () => {
  it('a signatory manages the people of their own organisation only; members and staff do not', () => {
    expect(decide(customer('signatory'), 'people.manage.org', OWN)).toBe('allow');
    expect(decide(customer('signatory'), 'people.manage.org', OTHER)).toBe('not_found');
    expect(decide(customer('member'), 'people.manage.org', OWN)).toBe('forbidden');
    for (const role of staffRoles) expect(decide(staffer(role), 'people.manage.org', OWN)).toBe('forbidden');
  });
  it('only admins manage accounts and staff roles; admins and privacy staff read the audit log', () => {
    expect(staffRoles.filter((role) => decide(staffer(role), 'people.manage.staff') === 'allow')).toEqual(['admin']);
    expect(staffRoles.filter((role) => decide(staffer(role), 'audit.view') === 'allow')).toEqual(['privacy', 'admin']);
    for (const role of orgRoles) {
      expect(decide(customer(role), 'people.manage.staff', OWN)).toBe('forbidden');
      expect(decide(customer(role), 'audit.view', OWN)).toBe('forbidden');
    }
  });
});

describe('support desk permissions (issue 10)', () => {
  it('support and admin staff run sessions and send invitations; privacy staff only look', () => {
    for (const permission of ['support.sessions.manage', 'support.invite', 'calls.anonymise'] as const) {
      expect(decide(staffer('support'), permission)).toBe('allow');
      expect(decide(staffer('admin'), permission)).toBe('allow');
      expect(decide(staffer('privacy'), permission)).toBe('forbidden');
    }
    for (const permission of ['support.search', 'support.view'] as const) {
      for (const role of staffRoles) expect(decide(staffer(role), permission)).toBe('allow');
    }
  });

  it('each API scope grants exactly its endpoints', () => {
    expect(decide(token(['support:read']), 'support.search')).toBe('allow');
    expect(decide(token(['support:read']), 'support.sessions.manage')).toBe('allow');
    expect(decide(token(['support:read']), 'calls.identify')).toBe('forbidden');
    expect(decide(token(['calls:identify']), 'calls.identify')).toBe('allow');
    expect(decide(token(['calls:identify']), 'support.search')).toBe('forbidden');
    expect(decide(token(['register:read']), 'register.api')).toBe('allow');
    expect(decide(token(['register:read']), 'support.search')).toBe('forbidden');
    // Tokens never manage tokens or send mails to customers.
    for (const scope of apiScopes) {
      expect(decide(token([scope]), 'api.tokens.manage')).toBe('forbidden');
      expect(decide(token([scope]), 'support.invite')).toBe('forbidden');
    }
  });

  it('only admins manage API tokens; customers see their own sessions only', () => {
    expect(staffRoles.filter((role) => decide(staffer(role), 'api.tokens.manage') === 'allow')).toEqual(['admin']);
    expect(decide(customer('member'), 'support.sessions.view', OWN)).toBe('allow');
    expect(decide(customer('member'), 'support.sessions.view', OTHER)).toBe('not_found');
    expect(decide(customer('signatory'), 'support.sessions.manage', OWN)).toBe('forbidden');
  });
});

describe('issue 12: records and rights', () => {
  it('the Art. 30 record is for privacy staff only; deletion requests for privacy and admin; a person’s own account for everyone signed in', () => {
    expect(staffRoles.filter((role) => decide(staffer(role), 'records.export') === 'allow')).toEqual(['privacy']);
    for (const role of orgRoles) expect(decide(customer(role), 'records.export', OWN)).toBe('forbidden');
    expect(staffRoles.filter((role) => decide(staffer(role), 'account.deletions.view') === 'allow')).toEqual(['privacy', 'admin']);
    for (const actor of [nobody, customer('member'), staffer('support')]) {
      expect(decide(actor, 'account.view')).toBe('allow');
      expect(decide(actor, 'account.manage')).toBe('allow');
    }
    expect(decide(token(['support:read', 'register:read']), 'account.manage')).toBe('forbidden');
  });
});

describe('roleIn()', () => {
  it('records the membership role for the organisation, else the staff roles, else user', () => {
    for (const role of orgRoles) {
      expect(roleIn(customer(role), OWN)).toBe(role);
      expect(roleIn(customer(role), OTHER)).toBe('user');
      expect(roleIn(customer(role))).toBe('user');
    }
    for (const role of staffRoles) {
      expect(roleIn(staffer(role), OWN)).toBe(`staff:${role}`);
      expect(roleIn(staffer(role))).toBe(`staff:${role}`);
    }
    const twoRoles: UserActor = { ...staffer('support'), staffRoles: ['support', 'admin'] };
    expect(roleIn(twoRoles)).toBe('staff:admin+support');
    expect(roleIn(nobody, OWN)).toBe('user');
  });
});
