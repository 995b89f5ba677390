import 'server-only';
import { z } from 'zod';
import { parseRoleMap, type RoleMap } from '@/lib/auth/oidc/claimed-roles';
import { parseTrustedProxies } from '@/lib/http/client-address';

const boolish = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

/** An OIDC setting left empty ("OIDC_ISSUER=" in an env file) counts as not set. */
const optionalText = (max: number) => z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().min(1).max(max).optional());

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z.string().url().optional(),
    PGLITE_DIR: z.string().optional(),
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().min(3).default('DPA-Portal <dpa-portal@localhost>'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    APP_URL: z.string().url().optional(),
    AUTH_SECRET: z.string().min(32).optional(),
    /** Development mailbox instead of SMTP; on by default only for the embedded demo database. */
    DEV_MAILBOX: boolish,
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(1440).default(120),
    SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(168).default(12),
    SIGNIN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(5),
    SIGNIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
    MAIL_WORKER: z.enum(['inline', 'off']).default('inline'),
    /** Proxies in front of the app: a hop count or addresses/CIDR ranges (lib/http/client-address.ts). */
    TRUSTED_PROXIES: z.string().optional(),
    /**
     * Tests only: webhooks may target http://127.0.0.1 / localhost. Honoured only while the app runs
     * on the embedded database or its APP_URL is itself on localhost (see lib/notices/webhook-target.ts).
     */
    WEBHOOK_ALLOW_LOOPBACK: boolish,
    /** The provider's seal certificate (PKCS#12) for the PAdES seal on every evidence PDF (lib/seal). */
    SEAL_P12_BASE64: z.string().min(1).optional(),
    SEAL_P12_PATH: z.string().min(1).optional(),
    SEAL_P12_PASSWORD: z.string().optional(),
    /** An RFC 3161 time-stamping authority: with it every seal carries a signature timestamp (PAdES B-T). */
    TSA_URL: z.string().url().optional(),
    /** Staff sign in at the provider's identity provider (OpenID Connect); decisions 0068 and 0069. */
    OIDC_ISSUER: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
    OIDC_CLIENT_ID: optionalText(500),
    OIDC_CLIENT_SECRET: optionalText(2000),
    /** Shown on the button: "Sign in with <name>"; the issuer's host name unless set. */
    OIDC_NAME: optionalText(60),
    /** A claim naming the person's staff roles; without it, roles are assigned in the portal. */
    OIDC_ROLES_CLAIM: optionalText(200),
    /** "claim value=role" pairs separated by ";"; without it the values privacy, support, admin. */
    OIDC_ROLE_MAP: optionalText(2000),
  })
  .superRefine((env, ctx) => {
    const oidcSet = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
    if (oidcSet > 0 && oidcSet < 3) {
      for (const key of ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'OIDC needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together.' });
      }
    }
    if (env.OIDC_ISSUER) {
      const issuer = new URL(env.OIDC_ISSUER);
      const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
      // The ID token's signature keys and the token endpoint come from here: plain http only on this machine.
      if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && loopback)) {
        ctx.addIssue({ code: 'custom', path: ['OIDC_ISSUER'], message: 'The issuer must be an https:// URL (http:// only for localhost).' });
      }
    }
    if (env.OIDC_ROLE_MAP && !env.OIDC_ROLES_CLAIM) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_ROLE_MAP'], message: 'OIDC_ROLE_MAP maps the values of OIDC_ROLES_CLAIM: set that too.' });
    }
    try {
      parseRoleMap(env.OIDC_ROLE_MAP);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_ROLE_MAP'], message: (error as Error).message });
    }
    try {
      parseTrustedProxies(env.TRUSTED_PROXIES);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['TRUSTED_PROXIES'], message: (error as Error).message });
    }
    const embedded = !env.DATABASE_URL;
    if (!env.SMTP_URL && !embedded && !env.DEV_MAILBOX) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message:
          'SMTP_URL is required with DATABASE_URL (the development mailbox is for the embedded demo only; set DEV_MAILBOX=true to force it in a test setup).',
      });
    }
  });

/** The identity provider staff sign in with, when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. */
export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  /** Roles from this claim (mapped by roleMap) at every sign-in; null: roles are assigned in the portal. */
  rolesClaim: string | null;
  roleMap: RoleMap;
};

export type Env = Omit<z.infer<typeof schema>, 'APP_URL'> & {
  APP_URL: string;
  mailbox: boolean;
  embedded: boolean;
  oidc: OidcSettings | null;
};

let cached: Env | undefined;

/** Tests only: forget the validated environment, so that the next env() reads process.env again. */
export function reloadEnvForTests() {
  cached = undefined;
}

/** The environment, validated once; a bad value stops the process with a message naming it. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const data = parsed.data;
  cached = {
    ...data,
    // Links in mails point here; locally that is the port `npm start` listens on.
    APP_URL: data.APP_URL ?? `http://localhost:${data.PORT}`,
    embedded: !data.DATABASE_URL,
    mailbox: !data.SMTP_URL && (!data.DATABASE_URL || data.DEV_MAILBOX),
    oidc: oidcSettings(data),
  };
  return cached;
}

function oidcSettings(data: z.infer<typeof schema>): OidcSettings | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = data;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    name: data.OIDC_NAME ?? new URL(issuer).hostname,
    rolesClaim: data.OIDC_ROLES_CLAIM ?? null,
    roleMap: parseRoleMap(data.OIDC_ROLE_MAP),
  };
}
