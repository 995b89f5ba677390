import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Tx } from '@/db/client';
import { mails as mailsTable, users } from '@/db/schema';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { tomsVersionId } from '@/scripts/demo-seed/versions';
import { loadActorRoles } from '@/lib/auth/load-actor';
import { AppError } from '@/lib/errors';
import { sql } from '@/lib/testing/db';
import { renderedMails } from '@/lib/testing/mails';
import { hashTomsContent } from '@/lib/toms/hash-toms-version';
import { compareVersions } from './compare-versions';
import { createTomsDraft } from './create-toms-draft';
import { getTomsOverview } from './get-toms-overview';
import { getTomsVersion } from './get-toms-version';
import { publishTomsVersion } from './publish-toms-version';
import { updateTomsDraft } from './update-toms-draft';
import type { VersionActor } from './version-actor';
import { TOMS_KEYS, tomsDraftSchema, type TomsDraftInput } from './version-input';

let privacy: VersionActor;
const inTx = <T>(work: (tx: Tx) => Promise<T>) => getDb().transaction(work);

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function counts() {
  const [row] = await sql<{ audit: number; mails: number; published: number }>`
    select (select count(*)::int from audit_events) as audit, (select count(*)::int from mails) as mails,
           (select count(*)::int from toms_versions where status = 'published') as published`;
  return row!;
}

beforeAll(async () => {
  const [user] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, demoAccounts.privacy));
  privacy = { ...(await loadActorRoles(user!.id))!, ip: '203.0.113.8', userAgent: 'vitest' };
});

describe('TOMs versions', () => {
  let draftId = '';
  let input: TomsDraftInput;

  it('creates a draft from the latest version, with the confirmation not carried over', async () => {
    const draft = await inTx((tx) => createTomsDraft(tx, privacy, { copyOf: tomsVersionId(1) }));
    draftId = draft.id;
    const row = await getTomsVersion(getDb(), privacy, { id: draftId });
    expect(row).toMatchObject({ status: 'draft', protectionNotLowered: false, changeSummary: { de: '', en: '' } });
    const form: Record<string, string> = { id: draftId, changeSummaryDe: '', changeSummaryEn: '' };
    for (const key of TOMS_KEYS) {
      form[`${key}De`] = row!.sections[key].map((m) => m.de).join('\n');
      form[`${key}En`] = row!.sections[key].map((m) => m.en).join('\n');
    }
    input = tomsDraftSchema.parse(form);
  });

  it('asks for as many English measures as German ones', () => {
    const result = tomsDraftSchema.safeParse({ ...input, integrityEn: `${input.integrityEn}\nOne more` });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['integrityEn', 'versions.error.measureCount']]);
  });

  it('saves a new measure and a change summary', async () => {
    input = {
      ...input,
      restoreDe: `${input.restoreDe}\nWiederherstellungstests jedes Quartal mit Protokoll.`,
      restoreEn: `${input.restoreEn}\nRestore tests every quarter, with a record.`,
      changeSummaryDe: 'Quartalsweise Wiederherstellungstests ergänzt.',
      changeSummaryEn: 'Added quarterly restore tests.',
    };
    await inTx((tx) => updateTomsDraft(tx, privacy, input));
    const comparison = await compareVersions(getDb(), privacy, { kind: 'toms', fromId: tomsVersionId(1), toId: draftId, locale: 'en' });
    expect(comparison!.counts).toEqual({ changed: 0, added: 1, removed: 0 });
    expect(comparison!.rows.find((r) => r.changed)!.right).toEqual([{ type: 'insert', text: 'Restore tests every quarter, with a record.' }]);
  });

  it('refuses to publish without the confirmation that protection is not lowered, writing nothing', async () => {
    const before = await counts();
    const error = await refusal(
      inTx((tx) => publishTomsVersion(tx, privacy, { id: draftId, confirmIrreversible: true, protectionNotLowered: false })),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors).toEqual({ protectionNotLowered: ['versions.error.confirmProtection'] });
    expect(await counts()).toEqual(before);
    const row = await getTomsVersion(getDb(), privacy, { id: draftId });
    expect(row!.status).toBe('draft');
  });

  it('publishes with the confirmation, audits it and mails every signatory of every organisation with an active agreement', async () => {
    const expected = await sql<{ email: string; org_id: string }>`
      select u.email, a.org_id from agreements a
        join memberships m on m.org_id = a.org_id and m.role = 'signatory'
        join users u on u.id = m.user_id where a.status = 'active'`;
    const before = await counts();
    const result = await inTx((tx) =>
      publishTomsVersion(tx, privacy, { id: draftId, confirmIrreversible: true, protectionNotLowered: true }),
    );
    expect(result.notified).toBe(expected.length);
    const after = await counts();
    expect(after).toEqual({ audit: before.audit + 1, mails: before.mails + expected.length, published: before.published + 1 });

    const row = await getTomsVersion(getDb(), privacy, { id: draftId });
    expect(row).toMatchObject({ status: 'published', protectionNotLowered: true, publishedBy: privacy.userId });
    expect(row!.contentSha256).toBe(hashTomsContent(row!));
    const [audit] = await sql<{ details: { version: number } }>`select details from audit_events where action = 'toms.published' and target_id = ${draftId}`;
    expect(audit!.details.version).toBe(2);
    const mails = await renderedMails({ where: eq(mailsTable.template, 'toms-updated') });
    for (const want of expected) {
      expect(mails.some((m) => m.to === want.email && m.text.includes(`/orgs/${want.org_id}/toms`)), want.email).toBe(true);
    }
    expect(mails.map((m) => m.to)).not.toContain(demoAccounts.otherSignatory);
  });

  it('refuses edits to the published TOMs on the server and in the database', async () => {
    const error = await refusal(inTx((tx) => updateTomsDraft(tx, privacy, input)));
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'versions.error.published' });
    const raw = await sql`update toms_versions set protection_not_lowered = true, sections = '{}'::jsonb where id = ${draftId}`.then(
      () => null,
      (e: Error) => e,
    );
    expect(String((raw?.cause as Error | undefined)?.message ?? raw?.message)).toMatch(/is published and immutable/);
  });

  it('shows customers the current TOMs with a comparison to the previous version', async () => {
    const [member] = await sql<{ user_id: string; org_id: string }>`
      select m.user_id, m.org_id from memberships m join users u on u.id = m.user_id where u.email = ${demoAccounts.member}`;
    const viewer = (await loadActorRoles(member!.user_id))!;
    const overview = await getTomsOverview(getDb(), viewer, { orgId: member!.org_id, locale: 'de' });
    expect(overview!.current!.version).toBe(2);
    expect(overview!.previous!.version).toBe(1);
    expect(overview!.counts).toEqual({ changed: 0, added: 1, removed: 0 });
    const [other] = await sql<{ id: string }>`select id from organisations where customer_number = 'K-10002'`;
    expect(await getTomsOverview(getDb(), viewer, { orgId: other!.id, locale: 'de' })).toBeNull();
  });
});
