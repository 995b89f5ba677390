import { sql as dsql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { mails } from '@/db/schema';
import type { UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { dpaVersionId } from '@/scripts/demo-seed/versions';
import { hashTemplateContent } from '@/lib/dpa/hash-template-version';
import { AppError } from '@/lib/errors';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { renderedMails } from '@/lib/testing/mails';
import { compareVersions } from './compare-versions';
import { createDraft } from './create-draft';
import { getDpaChanges } from './get-dpa-changes';
import { getVersion } from './get-version';
import { publishVersion } from './publish-version';
import { updateDraft } from './update-draft';
import type { DpaDraftInput } from './version-input';

let privacy: UserActor;
let support: UserActor;

/** A use case run as an action runs it: in one transaction, with after-commit work afterwards. */
const as = <T>(actor: UserActor, work: (ctx: Ctx) => Promise<T>) => runAs(actor, work);
const read = (actor: UserActor) => contextFor(actor);

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function dpaVersion(id: string) {
  const row = await getVersion(read(privacy), { kind: 'dpa', id });
  if (row?.kind !== 'dpa') throw new Error(`no DPA template version ${id}`);
  return row;
}

async function draftInput(id: string, change: (input: DpaDraftInput) => void = () => {}): Promise<DpaDraftInput> {
  const row = await dpaVersion(id);
  const input: DpaDraftInput = {
    kind: 'dpa',
    id,
    titleDe: row.title.de,
    titleEn: row.title.en,
    bodyDe: row.body.de,
    bodyEn: row.body.en,
    returnRequestDays: row.exitDuties?.returnRequestDays ?? null,
    productionDeletionDays: row.exitDuties?.productionDeletionDays ?? null,
    backupDeletionDays: row.exitDuties?.backupDeletionDays ?? null,
    changeSummaryDe: 'Frist für Hinweise auf neue Unterauftragsverarbeiter präzisiert.',
    changeSummaryEn: 'Clarified the notice period for new subprocessors.',
  };
  change(input);
  return input;
}

beforeAll(async () => {
  privacy = await actorFor(demoAccounts.privacy);
  support = await actorFor(demoAccounts.support);
});

describe('DPA template versions', () => {
  let draftId = '';

  it('refuses drafts to staff without versions.manage', async () => {
    const error = await refusal(as(support, (ctx) => createDraft(ctx, { kind: 'dpa', copyOf: dpaVersionId(2) })));
    expect(error.code).toBe('FORBIDDEN');
  });

  it('creates the next version as a copy of the latest and returns it again on a second try', async () => {
    const first = await as(privacy, (ctx) => createDraft(ctx, { kind: 'dpa', copyOf: dpaVersionId(2) }));
    expect(first).toMatchObject({ version: 3, created: true });
    const again = await as(privacy, (ctx) => createDraft(ctx, { kind: 'dpa', copyOf: dpaVersionId(2) }));
    expect(again).toEqual({ id: first.id, version: 3, created: false });
    draftId = first.id;
    const [row] = await sql<{ status: string; same: boolean }>`
      select d.status, d.body = v2.body as same from dpa_template_versions d, dpa_template_versions v2
       where d.id = ${draftId} and v2.id = ${dpaVersionId(2)}`;
    expect(row).toEqual({ status: 'draft', same: true });
    const [audit] = await sql<{ n: number }>`select count(*)::int as n from audit_events where action = 'dpa_template.draft_created' and target_id = ${draftId}`;
    expect(audit!.n).toBe(1);
  });

  it('saves edits to the draft and compares them with v2', async () => {
    const input = await draftInput(draftId, (i) => {
      i.bodyDe = i.bodyDe.replace('Fassung {{version}}', 'Fassung {{version}} (geänderter Entwurf)');
    });
    await as(privacy, (ctx) => updateDraft(ctx, input));
    const comparison = await compareVersions(read(privacy), { kind: 'dpa', fromId: dpaVersionId(2), toId: draftId, locale: 'de' });
    const changed = comparison!.rows.filter((r) => r.changed);
    expect(changed).toHaveLength(1);
    expect(changed[0]!.right).toContainEqual({ type: 'insert', text: ' (geänderter Entwurf)' });
  });

  it('refuses to publish a draft with an unknown placeholder, naming the field', async () => {
    const input = await draftInput(draftId, (i) => {
      i.bodyEn = `${i.bodyEn}\n\nSigned for {{customer.ceo}}.`;
    });
    await as(privacy, (ctx) => updateDraft(ctx, input));
    const error = await refusal(as(privacy, (ctx) => publishVersion(ctx, { kind: 'dpa', id: draftId, confirmIrreversible: true, protectionNotLowered: false })));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('versions.error.placeholders');
    expect(Object.keys(error.fieldErrors!)).toEqual(['bodyEn']);
    const [row] = await sql<{ status: string }>`select status from dpa_template_versions where id = ${draftId}`;
    expect(row!.status).toBe('draft');
    await as(privacy, (ctx) => updateDraft(ctx, { ...input, bodyEn: input.bodyEn.replace('\n\nSigned for {{customer.ceo}}.', '') }));
  });

  it('refuses to publish without the confirmation that publishing is final', async () => {
    const error = await refusal(as(privacy, (ctx) => publishVersion(ctx, { kind: 'dpa', id: draftId, confirmIrreversible: false, protectionNotLowered: false })));
    expect(error.fieldErrors).toEqual({ confirmIrreversible: ['versions.error.confirmIrreversible'] });
  });

  it('publishes: hash, publisher, audit event and exactly one mail per signatory of every organisation on an older version', async () => {
    // v3 is newer than v1 and v2, so every organisation with an active agreement is on an older one.
    // Signatories and confirmed notice contacts (issue 13), one per organisation and address.
    const expected = (
      await sql<{ email: string; org_id: string; locale: string }>`
      select distinct on (r.org_id, lower(r.email)) r.email, r.org_id, r.locale from (
        select u.email, u.locale, a.org_id, 0 as preference from agreements a
          join memberships m on m.org_id = a.org_id and m.role = 'signatory' join users u on u.id = m.user_id
         where a.status = 'active'
        union all
        select c.email, c.locale, a.org_id, 1 from agreements a
          join contacts c on c.org_id = a.org_id and c.kind = 'notice' and c.confirmed_at is not null
         where a.status = 'active'
      ) r order by r.org_id, lower(r.email), r.preference`
    ).sort((a, b) => a.email.localeCompare(b.email) || a.org_id.localeCompare(b.org_id));
    expect(expected.length).toBeGreaterThan(5);
    const [before] = await sql<{ at: Date }>`select now() as at`;

    const result = await as(privacy, (ctx) => publishVersion(ctx, { kind: 'dpa', id: draftId, confirmIrreversible: true, protectionNotLowered: false }));
    expect(result.notified).toBe(expected.length);

    const row = await dpaVersion(draftId);
    expect(row).toMatchObject({ status: 'published', publishedBy: privacy.userId, contentSha256: hashTemplateContent(row) });
    expect(row.publishedAt).toBeInstanceOf(Date);

    const [audit] = await sql<{ actor_user_id: string; details: { version: number; contentSha256: string; notifiedSignatories: number; webhookDeliveries: number } }>`
      select actor_user_id, details from audit_events where action = 'dpa_template.published' and target_id = ${draftId}`;
    expect(audit).toEqual({ actor_user_id: privacy.userId, details: { version: 3, contentSha256: row.contentSha256, notifiedSignatories: expected.length, webhookDeliveries: 0 } });

    const sent = await renderedMails({ where: dsql`${mails.createdAt} >= ${before!.at} and ${mails.template} = 'dpa-new-version'` });
    expect(sent.map((m) => m.to).sort()).toEqual(expected.map((e) => e.email).sort());
    expect(sent.map((m) => m.to)).not.toContain(demoAccounts.otherSignatory);
    expect(sent.map((m) => m.to)).not.toContain(demoAccounts.member);
    for (const want of expected) {
      const mail = sent.find((m) => m.to === want.email && m.text.includes(`/orgs/${want.org_id}/dpa/changes`));
      expect(mail, want.email).toBeDefined();
      expect(mail!.subject).toContain(want.locale === 'en' ? 'A new version of the DPA is available' : 'Eine neue Fassung des AV-Vertrags');
      expect(mail!.html).not.toContain('\u0001');
    }
  });

  it('refuses to edit or publish the published version on the server, and the database refuses a raw UPDATE', async () => {
    const input = await draftInput(draftId);
    const edit = await refusal(as(privacy, (ctx) => updateDraft(ctx, { ...input, bodyDe: 'Manipuliert' })));
    expect(edit.code).toBe('CONFLICT');
    expect(edit.message).toBe('versions.error.published');
    const publish = await refusal(as(privacy, (ctx) => publishVersion(ctx, { kind: 'dpa', id: draftId, confirmIrreversible: true, protectionNotLowered: false })));
    expect(publish.code).toBe('CONFLICT');
    const raw = await sql`update dpa_template_versions set body = '{"de":"x","en":"x"}'::jsonb where id = ${draftId}`.then(
      () => null,
      (e: Error) => e,
    );
    // drizzle wraps the driver's error; the trigger's message is on its cause.
    expect(String((raw?.cause as Error | undefined)?.message ?? raw?.message)).toMatch(/is published and immutable/);
    const row = await dpaVersion(draftId);
    expect(hashTemplateContent(row)).toBe(row.contentSha256);
  });

  it('shows an organisation on an older version what changed, and strangers nothing', async () => {
    const [outdated] = await sql<{ org_id: string; user_id: string }>`
      select a.org_id, m.user_id from agreements a join memberships m on m.org_id = a.org_id and m.role = 'signatory'
        join users u on u.id = m.user_id where a.status = 'active' and u.email = ${demoAccounts.outdatedSignatory}`;
    const signatory = await actorFor(demoAccounts.outdatedSignatory);
    const changes = await getDpaChanges(read(signatory), { orgId: outdated!.org_id, locale: 'de' });
    expect(changes!.state).toBe('outdated');
    if (changes!.state !== 'outdated') return;
    expect(changes!.currentVersion).toBe(3);
    expect(changes!.summaries.map((s) => s.version)).toEqual(changes!.signedVersion === 1 ? [2, 3] : [3]);
    expect(changes!.rows.some((r) => r.changed)).toBe(true);
    // A stranger learns nothing about another organisation.
    const [other] = await sql<{ id: string }>`select id from organisations where customer_number = 'K-10002'`;
    expect(await getDpaChanges(read(signatory), { orgId: other!.id, locale: 'de' })).toBeNull();
  });
});
