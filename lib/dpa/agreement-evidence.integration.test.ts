import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql as dsql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { agreements, dpaTemplateVersions, organisations, settings } from '@/db/schema';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { CONSENT_TEXT_VERSION, consentTemplates, consentText, consentTextSha256 } from './consent-text';
import { recheckConsentHash } from './consent-text-store';
import { hashContract } from './frozen-terms';
import { getDpaReview } from './get-dpa-review';
import { signAgreement } from './sign-agreement';
import { announceChangeNotice } from '@/lib/change-notices/announce-change-notice';
import { createChangeNoticeSchema } from '@/lib/change-notices/change-notice-input';
import { earliestEffectiveDate, periodEndsAt } from '@/lib/change-notices/compute-effective-date';
import { createChangeNotice } from '@/lib/change-notices/create-change-notice';
import { seedId } from '@/scripts/demo-seed/seed-helpers';

// Issue 13 items 7 and 2: the evidence an agreement records and prints, the trigger that keeps
// every evidence column as signed, the consent text versioned in the database, and the terms
// frozen with the agreement (changing settings never changes a signed contract).

const meta = { ip: '198.51.100.42', userAgent: 'EvidenceTest/1.0' };
const signedInAt = new Date('2026-11-29T07:15:00.000Z');
let orgId = '';
let agreementId = '';

function pdfText(pdf: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', 'a.pdf', '-'], { cwd: dir, encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The Postgres error code of a failed query (drizzle wraps the driver's error). */
async function errorCode(work: Promise<unknown>): Promise<string | null> {
  try {
    await work;
    return null;
  } catch (error) {
    for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (typeof e.code === 'string') return e.code;
    return 'unknown';
  }
}

beforeAll(async () => {
  const [org] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, demoOrgs.none));
  orgId = org!.id;
  const versions = await getDb().select({ id: dpaTemplateVersions.id, version: dpaTemplateVersions.version }).from(dpaTemplateVersions);
  const current = versions.reduce((a, b) => (b.version > a.version ? b : a));
  const actor = { ...(await actorFor(demoAccounts.otherSignatory)), signedInAt };
  const result = await runAs(
    actor,
    (ctx) => signAgreement(ctx, { orgId, templateVersionId: current.id, fullName: 'Lena Krause', position: 'Partnerin', confirmAuthority: true, locale: 'en' }),
    { request: meta },
  );
  agreementId = result.agreementId;
});

describe('the evidence of a signature', () => {
  it('records the authenticated e-mail, sign-in time, language, notice period, client address and consent version, and prints them', async () => {
    const [row] = await getDb().select().from(agreements).where(eq(agreements.id, agreementId));
    const [provider] = await getDb().select().from(settings);
    expect(row).toMatchObject({
      signerEmail: demoAccounts.otherSignatory,
      signerSignedInAt: signedInAt,
      locale: 'en',
      noticePeriodDays: provider!.noticePeriodDays,
      ip: meta.ip,
      consentTextVersion: CONSENT_TEXT_VERSION,
    });
    const text = pdfText(new Uint8Array(row!.pdf!)).replace(/\s+/g, ' ');
    expect(text).toContain(demoAccounts.otherSignatory);
    expect(text).toContain('Signed in (UTC)');
    expect(text).toContain('2026-11-29 07:15:00');
    expect(text).toContain('Language of signature English');
    expect(text).toContain(`${provider!.noticePeriodDays} days (frozen at signing)`);
    expect(text).toContain(meta.ip);
    expect(text).toContain(row!.contractSha256!);
  });

  it('keeps the consent text in the database, so the recorded hash can be re-checked, also for an older version', async () => {
    const stored = await sql<{ version: number; locale: string; text: string; sha256: string }>`select * from consent_texts`;
    expect(stored).toContainEqual(expect.objectContaining({ version: CONSENT_TEXT_VERSION, locale: 'en', text: consentTemplates[CONSENT_TEXT_VERSION]!.en }));
    const recheck = await recheckConsentHash(contextFor(null), { orgId, agreementId });
    expect(recheck).toMatchObject({ checked: true, matches: true });
    // An old version stays checkable: its stored text gives the hash an agreement of that time recorded.
    expect(consentTextSha256(consentText('de', { legalName: 'X GmbH', version: 1 }, 1))).not.toBe(
      consentTextSha256(consentText('de', { legalName: 'X GmbH', version: 1 })),
    );
    // Stored consent texts never change.
    expect(await errorCode(getDb().execute(dsql`update consent_texts set text = 'other' where version = ${CONSENT_TEXT_VERSION}`))).toBe('42501');
    expect(await errorCode(getDb().execute(dsql`delete from consent_texts`))).toBe('42501');
  });

  it('refuses an update of every evidence column, and allows only the status to move on', async () => {
    const mutable = new Set(['status', 'superseded_at', 'superseded_by_id', 'terminated_at', 'signer_user_id']);
    const columns = await sql<{ column_name: string; udt_name: string }>`
      select column_name, udt_name from information_schema.columns where table_name = 'agreements' order by ordinal_position`;
    expect(columns.length).toBeGreaterThan(30);
    const [row] = await sql<Record<string, unknown>>`select * from agreements where id = ${agreementId}`;
    const different: Record<string, string> = {
      text: `'changed'`,
      timestamptz: 'now()',
      int4: '12345',
      jsonb: `'{"changed":true}'::jsonb`,
      bool: 'true',
      uuid: 'gen_random_uuid()',
      bytea: `'\\x00'::bytea`,
      locale: `'de'`,
    };
    const accepted: string[] = [];
    for (const { column_name: column, udt_name: type } of columns) {
      if (mutable.has(column)) continue;
      // A value that is there is set to NULL; one that is NULL gets a value (the trigger runs before NOT NULL).
      const value = row![column] === null ? different[type] : 'null';
      expect(value, `a different value for ${column} (${type})`).toBeDefined();
      const code = await errorCode(getDb().execute(dsql.raw(`update agreements set "${column}" = ${value} where id = '${agreementId}'`)));
      if (code !== '42501') accepted.push(`${column}: ${code ?? 'accepted'}`);
    }
    expect(accepted).toEqual([]);
    expect(await errorCode(getDb().execute(dsql`delete from agreements where id = ${agreementId}`))).toBe('42501');
    const other = await actorFor(demoAccounts.signatory);
    expect(await errorCode(getDb().update(agreements).set({ signerUserId: other.userId }).where(eq(agreements.id, agreementId)))).toBe('42501');

    // What may happen to an agreement afterwards: its account deleted (signer_user_id cleared), terminated.
    await getDb().update(agreements).set({ signerUserId: null }).where(eq(agreements.id, agreementId));
    await getDb().update(agreements).set({ status: 'terminated', terminatedAt: new Date() }).where(and(eq(agreements.id, agreementId), eq(agreements.orgId, orgId)));
    const [after] = await getDb().select({ status: agreements.status }).from(agreements).where(eq(agreements.id, agreementId));
    expect(after!.status).toBe('terminated');
  });
});

describe('a PDF signed in English', () => {
  it('contains the governing German contract text and says that the German version governs', async () => {
    const [row] = await getDb().select().from(agreements).where(eq(agreements.id, agreementId));
    expect(row!.locale).toBe('en');
    const text = pdfText(new Uint8Array(row!.pdf!)).replace(/\s+/g, ' ');
    expect(text).toContain('only the German version governs');
    expect(text).toContain('Maßgeblicher Vertragstext');
    expect(text).toContain('geht die deutsche Fassung vor');
    // The German contract itself, filled as signed (its notice-period clause among it), and the English one.
    expect(text).toContain('Der Auftragnehmer informiert den Auftraggeber');
    expect(text).toContain(`mindestens ${row!.noticePeriodDays} volle Kalendertage`);
    expect(text).toContain('The Provider informs the Customer');
  });
});

describe('terms frozen with the agreement', () => {
  it('stores the contract text filled with the notice period, covered by its hash; changing settings changes neither it nor the as-signed view', async () => {
    const [row] = await getDb().select().from(agreements).where(eq(agreements.id, agreementId));
    const days = row!.noticePeriodDays!;
    expect(row!.contractText!.de).toContain(`mindestens ${days} `);
    expect(row!.contractText!.en).toMatch(new RegExp(`[Aa]t least ${days} `));
    expect(row!.contractSha256).toBe(hashContract({ noticePeriodDays: days }, row!.contractText!));
    expect(row!.contractText!.de).not.toContain('{{');

    await getDb().update(settings).set({ noticePeriodDays: days + 15 });
    const [again] = await getDb().select().from(agreements).where(eq(agreements.id, agreementId));
    expect(again!.contractText).toEqual(row!.contractText);
    expect(again!.contractSha256).toBe(row!.contractSha256);
  });

  it('the as-signed view of an active agreement shows the frozen notice period, not today’s setting', async () => {
    // demoOrgs.current has an active agreement on the current version, signed with 30 days.
    const [org] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, demoOrgs.current));
    const [active] = await getDb().select().from(agreements).where(and(eq(agreements.orgId, org!.id), eq(agreements.status, 'active')));
    await getDb().update(settings).set({ noticePeriodDays: 77 });
    const actor = await actorFor(demoAccounts.signatory);
    const review = await runAs(actor, (ctx) => getDpaReview(ctx, { orgId: org!.id }));
    const text = JSON.stringify(review!.document);
    expect(review!.agreement?.isCurrent).toBe(true);
    expect(text).toContain(`mindestens ${active!.noticePeriodDays} `);
    expect(text).not.toContain('mindestens 77 ');
  });

  it('a shorter notice period in the settings does not shorten the deadline of customers who signed a longer one', async () => {
    const [row] = await sql<{ longest: number }>`select max(notice_period_days)::int as longest from agreements where status = 'active'`;
    const longest = row!.longest;
    expect(longest).toBeGreaterThanOrEqual(30);
    await getDb().update(settings).set({ noticePeriodDays: 10 });
    const privacy = await actorFor(demoAccounts.privacy);
    const draft = async (days: number) => {
      const input = createChangeNoticeSchema.parse({
        kind: 'update',
        subprocessorId: seedId('subprocessor:datacenter-frankfurt'),
        titleDe: 'Neue Klimatisierung',
        titleEn: 'New cooling',
        descriptionDe: 'Das Rechenzentrum erneuert die Klimatisierung.',
        descriptionEn: 'The data centre renews its cooling.',
        serviceIds: [seedId('service:email')],
        effectiveDate: earliestEffectiveDate(new Date(), days, 'Europe/Berlin'),
      });
      const { id } = await runAs(privacy, (ctx) => createChangeNotice(ctx, input));
      return id;
    };
    // Announced by today's 10 days (decision 0094)...
    const announcedAt = new Date();
    const id = await draft(10);
    await runAs(privacy, (ctx) => announceChangeNotice(ctx, { changeNoticeId: id, confirm: true }), { now: announcedAt });
    const [announced] = await sql<{ status: string }>`select status from change_notices where id = ${id}`;
    expect(announced!.status).toBe('announced');
    // ...but every customer that signed a longer period has that period, counted from receipt.
    const told = await sql<{ days: number; effective_at: Date | null; objections_close_at: Date | null }>`
      select a.notice_period_days as days, n.effective_at, n.objections_close_at
      from notices n join agreements a on a.org_id = n.org_id and a.status = 'active'
      where n.change_notice_id = ${id} and a.notice_period_days > 10`;
    expect(told.length).toBeGreaterThan(0);
    for (const notice of told) {
      const own = periodEndsAt(announcedAt, notice.days, 'Europe/Berlin').toISOString();
      expect(new Date(notice.effective_at!).toISOString()).toBe(own);
      expect(new Date(notice.objections_close_at!).toISOString()).toBe(own);
    }
  });
});
