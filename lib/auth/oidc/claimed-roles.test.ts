import { describe, expect, it } from 'vitest';
import { claimedStaffRoles, parseRoleMap, readClaim } from './claimed-roles';

const identity = parseRoleMap(undefined);

describe('readClaim', () => {
  it('reads a claim by its full name first, so namespaced claims with dots work', () => {
    expect(readClaim({ 'https://example.com/roles': ['admin'] }, 'https://example.com/roles')).toEqual(['admin']);
  });
  it('follows a dot path into nested claims (Keycloak realm roles)', () => {
    expect(readClaim({ realm_access: { roles: ['support'] } }, 'realm_access.roles')).toEqual(['support']);
    expect(readClaim({ realm_access: ['x'] }, 'realm_access.roles')).toBeUndefined();
    expect(readClaim({}, 'a.b.c')).toBeUndefined();
  });
});

describe('claimedStaffRoles', () => {
  it('maps the role names themselves when no map is configured, sorted and without duplicates', () => {
    expect(claimedStaffRoles({ roles: ['support', 'admin', 'support', 'privacy'] }, 'roles', identity)).toEqual(['admin', 'privacy', 'support']);
  });
  it('ignores values it does not know, other types, and case differences', () => {
    expect(claimedStaffRoles({ roles: ['Admin', 'ADMIN', 'owner', 42, null, { admin: true }] }, 'roles', identity)).toEqual([]);
  });
  it('grants nothing when the claim is missing or not a list or string', () => {
    expect(claimedStaffRoles({}, 'roles', identity)).toEqual([]);
    expect(claimedStaffRoles({ roles: { admin: true } }, 'roles', identity)).toEqual([]);
    expect(claimedStaffRoles({ roles: true }, 'roles', identity)).toEqual([]);
  });
  it('splits a single string at spaces and commas', () => {
    expect(claimedStaffRoles({ groups: 'privacy support' }, 'groups', identity)).toEqual(['privacy', 'support']);
    expect(claimedStaffRoles({ groups: 'admin,foo' }, 'groups', identity)).toEqual(['admin']);
  });
  it('maps IdP group names through OIDC_ROLE_MAP, several names to one role', () => {
    const map = parseRoleMap('DPA-Admins=admin; DPA-Datenschutz=privacy ;DPA-Support=support; Helpdesk=support');
    expect(claimedStaffRoles({ groups: ['Helpdesk', 'DPA-Support', 'Everyone'] }, 'groups', map)).toEqual(['support']);
    expect(claimedStaffRoles({ groups: ['DPA-Admins', 'DPA-Datenschutz'] }, 'groups', map)).toEqual(['admin', 'privacy']);
    // With a map, the bare role names mean nothing any more.
    expect(claimedStaffRoles({ groups: ['admin'] }, 'groups', map)).toEqual([]);
  });
  it('keeps "=" and "," inside a group name (LDAP distinguished names)', () => {
    const map = parseRoleMap('cn=dpa-admins,ou=groups,dc=example=admin');
    expect(claimedStaffRoles({ memberOf: ['cn=dpa-admins,ou=groups,dc=example'] }, 'memberOf', map)).toEqual(['admin']);
  });
});

describe('parseRoleMap', () => {
  it('refuses pairs without a value or with an unknown role, naming the pair', () => {
    expect(() => parseRoleMap('DPA-Admins=owner')).toThrow(/"DPA-Admins=owner"/);
    expect(() => parseRoleMap('=admin')).toThrow(/"=admin"/);
    expect(() => parseRoleMap('admin')).toThrow(/"admin"/);
  });
  it('treats an empty setting as the role names themselves', () => {
    expect([...parseRoleMap('  ').entries()]).toEqual([
      ['privacy', 'privacy'],
      ['support', 'support'],
      ['admin', 'admin'],
    ]);
  });
});
