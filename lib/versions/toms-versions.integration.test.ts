import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { mails as mailsTable } from '@/db/schema';
import type { UserActor } from '@/lib/core/actor';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { tomsVersionId } from '@/scripts/demo-seed/versions';
import { AppError } from '@/lib/errors';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { renderedMails } from '@/lib/testing/mails';
import { hashTomsContent } from '@/lib/toms/hash-toms-version';
import { TOMS_SECTION_ORDER } from '@/lib/toms/toms-sections';
import { compareVersions } from './compare-versions';
import { createDraft } from './create-draft';
import { getTomsOverview } from './get-toms-overview';
import { getVersion } from './get-version';
import { publishVersion } from './publish-version';
import { updateDraft } from './update-draft';
import { tomsDraftSchema, type TomsDraftInput } from './version-input';

let privacy: UserActor;
const read = (actor: UserActor) => contextFor(actor);

async function tomsVersion(id: string) {
  const row = await getVersion(read(privacy), { kind: 'toms', id });
  if (row?.kind !== 'toms') throw new Error(`no TOMs version ${id}`);
  return row;
}

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
  privacy = await actorFor(demoAccounts.privacy);
});

describe('TOMs versions', () => {
  let draftId = '';
  let input: TomsDraftInput;

  it('creates a draft from the latest version, with the confirmation not carried over', async () => {
    const draft = await runAs(privacy, (ctx) => createDraft(ctx, { kind: 'toms', copyOf: tomsVersionId(1) }));
    draftId = draft.id;
    const row = await tomsVersion(draftId);
    expect(row).toMatchObject({ status: 'draft', protectionNotLowered: false, changeSummary: { de: '', en: '' } });
    const form: Record<string, string> = { kind: 'toms', id: draftId, changeSummaryDe: '', changeSummaryEn: '' };
    for (const key of TOMS_SECTION_ORDER) {
      form[`${key}De`] = row.sections[key].map((m) => m.de).join('\n');
      form[`${key}En`] = row.sections[key].map((m) => m.en).join('\n');
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
    await runAs(privacy, (ctx) => updateDraft(ctx, input));
    const comparison = await compareVersions(read(privacy), { kind: 'toms', fromId: tomsVersionId(1), toId: draftId, locale: 'en' });
    expect(comparison!.counts).toEqual({ changed: 0, added: 1, removed: 0 });
    expect(comparison!.rows.find((r) => r.changed)!.right).toEqual([{ type: 'insert', text: 'Restore tests every quarter, with a record.' }]);
  });

  it('refuses to publish without the confirmation that protection is not lowered, writing nothing', async () => {
    const before = await counts();
    const error = await refusal(
      runAs(privacy, (ctx) => publishVersion(ctx, { kind: 'toms', id: draftId, confirmIrreversible: true, protectionNotLowered: false })),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors).toEqual({ protectionNotLowered: ['versions.error.confirmProtection'] });
    expect(await counts()).toEqual(before);
    const row = await tomsVersion(draftId);
    expect(row.status).toBe('draft');
  });

  it('publishes with the confirmation, audits it and mails every signatory of every organisation with an active agreement', async () => {
    // Signatories and confirmed notice contacts (issue 13), one per organisation and address.
    const expected = await sql<{ email: string; org_id: string }>`
      select distinct on (r.org_id, lower(r.email)) r.email, r.org_id from (
        select u.email, a.org_id from agreements a
          join memberships m on m.org_id = a.org_id and m.role = 'signatory'
          join users u on u.id = m.user_id where a.status = 'active'
        union all
        select c.email, a.org_id from agreements a
          join contacts c on c.org_id = a.org_id and c.kind = 'notice' and c.confirmed_at is not null
         where a.status = 'active') r`;
    const before = await counts();
    const result = await runAs(privacy, (ctx) => publishVersion(ctx, { kind: 'toms', id: draftId, confirmIrreversible: true, protectionNotLowered: true }));
    expect(result.notified).toBe(expected.length);
    const after = await counts();
    expect(after).toEqual({ audit: before.audit + 1, mails: before.mails + expected.length, published: before.published + 1 });

    const row = await tomsVersion(draftId);
    expect(row).toMatchObject({ status: 'published', protectionNotLowered: true, publishedBy: privacy.userId });
    expect(row.contentSha256).toBe(hashTomsContent(row));
    const [audit] = await sql<{ details: { version: number } }>`select details from audit_events where action = 'toms.published' and target_id = ${draftId}`;
    expect(audit!.details.version).toBe(2);
    const mails = await renderedMails({ where: eq(mailsTable.template, 'toms-updated') });
    for (const want of expected) {
      expect(mails.some((m) => m.to === want.email && m.text.includes(`/orgs/${want.org_id}/toms`)), want.email).toBe(true);
    }
    expect(mails.map((m) => m.to)).not.toContain(demoAccounts.otherSignatory);
  });

  it('refuses edits to the published TOMs on the server and in the database', async () => {
    const error = await refusal(runAs(privacy, (ctx) => updateDraft(ctx, input)));
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
    const viewer = await actorFor(demoAccounts.member);
    const overview = await getTomsOverview(read(viewer), { orgId: member!.org_id, locale: 'de' });
    expect(overview!.current!.version).toBe(2);
    expect(overview!.previous!.version).toBe(1);
    expect(overview!.counts).toEqual({ changed: 0, added: 1, removed: 0 });
    const [other] = await sql<{ id: string }>`select id from organisations where customer_number = 'K-10002'`;
    expect(await getTomsOverview(read(viewer), { orgId: other!.id, locale: 'de' })).toBeNull();
  });
});
