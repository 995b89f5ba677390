import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { env, reloadEnvForTests } from './env';

// The OIDC settings are checked at start-up (lib/startup.ts calls env()): a half-configured or
// insecure identity provider stops the process with the variable named.

const keys = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_NAME', 'OIDC_ROLES_CLAIM', 'OIDC_ROLE_MAP', 'DATABASE_URL'];
let saved: Record<string, string | undefined>;

function withEnv(values: Record<string, string>) {
  for (const key of keys) delete process.env[key];
  Object.assign(process.env, values);
  reloadEnvForTests();
  return env;
}

beforeEach(() => {
  saved = Object.fromEntries(keys.map((key) => [key, process.env[key]]));
});
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  reloadEnvForTests();
});

const complete = { OIDC_ISSUER: 'https://login.nordwind-it.example/realms/staff', OIDC_CLIENT_ID: 'dpa-portal', OIDC_CLIENT_SECRET: 's3cret' };

describe('OIDC settings', () => {
  it('are off unless issuer, client id and secret are all set; empty values count as unset', () => {
    expect(withEnv({})().oidc).toBeNull();
    expect(withEnv({ OIDC_ISSUER: '', OIDC_CLIENT_ID: '', OIDC_CLIENT_SECRET: '' })().oidc).toBeNull();
  });

  it('name the missing variables when only some are set', () => {
    expect(withEnv({ OIDC_ISSUER: complete.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID[\s\S]*OIDC_CLIENT_SECRET/);
  });

  it('need an https issuer, except on this machine', () => {
    expect(withEnv({ ...complete, OIDC_ISSUER: 'http://login.nordwind-it.example' })).toThrow(/OIDC_ISSUER: The issuer must be an https/);
    expect(withEnv({ ...complete, OIDC_ISSUER: 'http://127.0.0.1' })().oidc?.issuer).toBe('http://127.0.0.1');
  });

  it('refuse a role map that names an unknown role, or one without a roles claim', () => {
    expect(withEnv({ ...complete, OIDC_ROLES_CLAIM: 'groups', OIDC_ROLE_MAP: 'Chefs=owner' })).toThrow(/OIDC_ROLE_MAP: "Chefs=owner"/);
    expect(withEnv({ ...complete, OIDC_ROLE_MAP: 'Chefs=admin' })).toThrow(/OIDC_ROLE_MAP: OIDC_ROLE_MAP maps the values of OIDC_ROLES_CLAIM/);
  });

  it('default the button name to the issuer host and read the claim and map', () => {
    const oidc = withEnv({ ...complete, OIDC_ROLES_CLAIM: 'groups', OIDC_ROLE_MAP: 'DPA-Admins=admin' })().oidc!;
    expect(oidc.name).toBe('login.nordwind-it.example');
    expect(oidc.rolesClaim).toBe('groups');
    expect(oidc.roleMap.get('DPA-Admins')).toBe('admin');
    expect(withEnv({ ...complete, OIDC_NAME: 'Nordwind Login' })().oidc).toMatchObject({ name: 'Nordwind Login', rolesClaim: null });
  });
});
