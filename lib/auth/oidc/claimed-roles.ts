import type { StaffRole } from '@/db/schema';

// Which staff roles an identity provider's claim grants (decision 0069). Pure, so that lib/env.ts
// can check OIDC_ROLE_MAP at start-up and the unit tests can cover every shape a claim comes in.

export const STAFF_ROLES: readonly StaffRole[] = ['privacy', 'support', 'admin'];

/** Claim value -> staff role. Without OIDC_ROLE_MAP the values are the role names themselves. */
export type RoleMap = ReadonlyMap<string, StaffRole>;

const identityMap: RoleMap = new Map(STAFF_ROLES.map((role) => [role, role]));

/**
 * OIDC_ROLE_MAP: "value=role" pairs separated by semicolons (group names such as LDAP DNs contain
 * commas and "="), e.g. "DPA-Admins=admin; DPA-Datenschutz=privacy; cn=dpa-support,ou=groups=support".
 * Several values may name one role. Throws with a message naming the bad pair (lib/env.ts reports
 * it at start-up).
 */
export function parseRoleMap(text: string | undefined): RoleMap {
  if (!text?.trim()) return identityMap;
  const map = new Map<string, StaffRole>();
  for (const pair of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const at = pair.lastIndexOf('=');
    const value = pair.slice(0, at).trim();
    const role = pair.slice(at + 1).trim();
    if (at <= 0 || !value || !STAFF_ROLES.includes(role as StaffRole)) {
      throw new Error(`"${pair}" is not "<claim value>=<${STAFF_ROLES.join('|')}>"`);
    }
    map.set(value, role as StaffRole);
  }
  return map;
}

/**
 * The value of a claim: by its full name first (namespaced claims such as
 * "https://example.com/roles" contain dots), else along a dot path ("realm_access.roles" in Keycloak).
 */
export function readClaim(claims: Record<string, unknown>, name: string): unknown {
  if (name in claims) return claims[name];
  let value: unknown = claims;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * The staff roles a claim grants, sorted by name and without duplicates. A list of strings or one string
 * (several values separated by spaces or commas, as some providers send groups); anything else,
 * and every value the map does not name, grants nothing. Matching is exact: "Admin" is not "admin".
 */
export function claimedStaffRoles(claims: Record<string, unknown>, claimName: string, map: RoleMap): StaffRole[] {
  const raw = readClaim(claims, claimName);
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  const roles = new Set<StaffRole>();
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const role = map.get(value.trim());
    if (role) roles.add(role);
  }
  return [...roles].sort();
}
