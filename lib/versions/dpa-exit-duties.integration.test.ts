import { beforeAll, describe, expect, it } from 'vitest';
import type { ExitDuties } from '@/db/schema';
import type { UserActor } from '@/lib/core/actor';
import { hashTemplateContent } from '@/lib/dpa/hash-template-version';
import { isMessageKey, translator } from '@/lib/i18n/translate';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { dpaVersionId } from '@/scripts/demo-seed/versions';
import { compareVersions } from './compare-versions';
import { createDraft } from './create-draft';
import { getVersion } from './get-version';
import { publishVersion } from './publish-version';
import { updateDraft } from './update-draft';
import { draftSchema } from './version-input';

// The § 11 deadlines of a DPA template version (exitDuties) through the draft editor's input, as the
// action runs it: the form's strings are parsed by draftSchema (field errors by message key), then
// updateDraft runs in one transaction. The demo's version 2 states 14/30/21 days.

let privacy: UserActor;
const read = () => contextFor(privacy);

type Deadlines = { returnRequestDays: string; productionDeletionDays: string; backupDeletionDays: string };

/** The editor's form for a draft, as the browser posts it: every value a string. */
async function form(id: string, deadlines: Deadlines) {
  const row = await dpaVersion(id);
  return {
    kind: 'dpa',
    id,
    titleDe: row.title.de,
    titleEn: row.title.en,
    bodyDe: row.body.de,
    bodyEn: row.body.en,
    ...deadlines,
    changeSummaryDe: 'Fristen in § 11 Abs. 2 geändert.',
    changeSummaryEn: 'Changed the deadlines in § 11(2).',
  };
}

/** Parse, then save: the field errors (message keys) or the saved draft. */
async function save(id: string, deadlines: Deadlines): Promise<{ fieldErrors: Record<string, string[]> } | { saved: true }> {
  const parsed = await draftSchema.safeParseAsync(await form(id, deadlines));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.')] ??= []).push(issue.message);
    return { fieldErrors };
  }
  await runAs(privacy, (ctx) => updateDraft(ctx, parsed.data));
  return { saved: true };
}

async function dpaVersion(id: string) {
  const row = await getVersion(read(), { kind: 'dpa', id });
  if (row?.kind !== 'dpa') throw new Error(`no DPA template version ${id}`);
  return row;
}

async function stored(id: string) {
  const [row] = await sql<{ exit_duties: ExitDuties | null; is_null: boolean; updated_at: Date }>`
    select exit_duties, exit_duties is null as is_null, updated_at from dpa_template_versions where id = ${id}`;
  return row!;
}

const draftUpdates = async (id: string) =>
  sql<{ details: Record<string, unknown> }>`select details from audit_events where action = 'dpa_template.draft_updated' and target_id = ${id} order by seq`;

const deadlines = (returnRequestDays: string, productionDeletionDays: string, backupDeletionDays: string): Deadlines => ({
  returnRequestDays,
  productionDeletionDays,
  backupDeletionDays,
});

beforeAll(async () => {
  privacy = await actorFor(demoAccounts.privacy);
});

describe('DPA template versions: the deadlines of § 11', () => {
  let v3 = '';
  let v4 = '';

  it('a new draft carries the deadlines of the version it copies, and the editor shows them as numbers', async () => {
    v3 = (await runAs(privacy, (ctx) => createDraft(ctx, { kind: 'dpa', copyOf: dpaVersionId(2) }))).id;
    expect((await stored(v3)).exit_duties).toEqual({ returnRequestDays: 14, productionDeletionDays: 30, backupDeletionDays: 21 });
    const { editor } = await dpaVersion(v3);
    expect(editor.values).toMatchObject(deadlines('14', '30', '21'));
    const group = editor.groups.find((g) => g.fields.some((f) => f.name === 'returnRequestDays'));
    expect(group?.legend).toBe('Fristen nach Ende der Leistungen (§ 11)');
    expect(group?.fields.map((f) => [f.name, f.lang, f.input])).toEqual([
      ['returnRequestDays', null, 'number'],
      ['productionDeletionDays', null, 'number'],
      ['backupDeletionDays', null, 'number'],
    ]);
  });

  it('refuses a partial set with an error on each empty field, in both languages, and writes nothing', async () => {
    const before = await stored(v3);
    const result = await save(v3, deadlines('7', '', ''));
    expect(result).toEqual({
      fieldErrors: { productionDeletionDays: ['versions.error.exitDutiesPartial'], backupDeletionDays: ['versions.error.exitDutiesPartial'] },
    });
    expect(isMessageKey('versions.error.exitDutiesPartial')).toBe(true);
    expect(translator('de')('versions.error.exitDutiesPartial')).toMatch(/alle drei/);
    expect(translator('en')('versions.error.exitDutiesPartial')).toMatch(/all three/);
    expect(await stored(v3)).toEqual(before);
    expect(await draftUpdates(v3)).toHaveLength(0);
  });

  it('refuses days that are not a whole number from 0 to 3650, on that field, and writes nothing', async () => {
    const before = await stored(v3);
    for (const bad of ['1.5', '-1', '3651', '1e2', 'vierzehn', '99999999999999999999']) {
      expect(await save(v3, deadlines('7', bad, '30')), bad).toEqual({ fieldErrors: { productionDeletionDays: ['versions.error.days'] } });
    }
    expect(await stored(v3)).toEqual(before);
    expect(await draftUpdates(v3)).toHaveLength(0);
  });

  it('saves three deadlines, records old and new values in the audit event, and the comparison shows the change', async () => {
    expect(await save(v3, deadlines(' 7 ', '60', '0'))).toEqual({ saved: true });
    expect((await stored(v3)).exit_duties).toEqual({ returnRequestDays: 7, productionDeletionDays: 60, backupDeletionDays: 0 });
    const [audit] = await draftUpdates(v3);
    expect(audit!.details).toEqual({
      version: 3,
      before: { returnRequestDays: 14, productionDeletionDays: 30, backupDeletionDays: 21 },
      after: { returnRequestDays: 7, productionDeletionDays: 60, backupDeletionDays: 0 },
    });

    // The text is v2's; only the three deadline paragraphs differ.
    const de = await compareVersions(read(), { kind: 'dpa', fromId: dpaVersionId(2), toId: v3, locale: 'de' });
    const changed = de!.rows.filter((r) => r.changed);
    expect(changed).toHaveLength(3);
    const text = (segments: { text: string }[] | null) => (segments ?? []).map((s) => s.text).join('');
    expect(changed.map((r) => text(r.right))).toEqual([
      'Rückgabe verlangen bis: 7 Tage nach Ende der Leistungen',
      'Löschung aus den Produktivsystemen bis: 60 Tage nach Ende der Leistungen',
      'Löschung aus den Datensicherungen bis: 0 Tage nach der Löschung aus den Produktivsystemen',
    ]);
    expect(text(changed[0]!.left)).toBe('Rückgabe verlangen bis: 14 Tage nach Ende der Leistungen');
    const en = await compareVersions(read(), { kind: 'dpa', fromId: dpaVersionId(2), toId: v3, locale: 'en' });
    expect(en!.rows.filter((r) => r.changed).map((r) => text(r.right))[0]).toBe('Return may be requested until: 7 days after the end of the services');

    // Saving the same deadlines again records no change.
    expect(await save(v3, deadlines('7', '60', '0'))).toEqual({ saved: true });
    expect((await draftUpdates(v3))[1]!.details).toEqual({ version: 3 });
  });

  it('publishing keeps them, outside the content hash, and the database refuses to change them afterwards', async () => {
    await runAs(privacy, (ctx) => publishVersion(ctx, { kind: 'dpa', id: v3, confirmIrreversible: true, protectionNotLowered: false }));
    const row = await dpaVersion(v3);
    expect(row.status).toBe('published');
    expect(row.exitDuties).toEqual({ returnRequestDays: 7, productionDeletionDays: 60, backupDeletionDays: 0 });
    // The hash covers the text alone (title and body), as it always has.
    expect(row.contentSha256).toBe(hashTemplateContent({ title: row.title, body: row.body }));
    const raw = await sql`update dpa_template_versions set exit_duties = null where id = ${v3}`.then(
      () => null,
      (e: Error) => e,
    );
    expect(String((raw?.cause as Error | undefined)?.message ?? raw?.message)).toMatch(/is published and immutable/);
  });

  it('a copy of the published version carries them; all three empty states no fixed deadlines, which a later save can fill again', async () => {
    v4 = (await runAs(privacy, (ctx) => createDraft(ctx, { kind: 'dpa', copyOf: v3 }))).id;
    expect((await stored(v4)).exit_duties).toEqual({ returnRequestDays: 7, productionDeletionDays: 60, backupDeletionDays: 0 });

    expect(await save(v4, deadlines('', ' ', ''))).toEqual({ saved: true });
    expect((await stored(v4)).is_null).toBe(true);
    expect((await dpaVersion(v4)).editor.values).toMatchObject(deadlines('', '', ''));
    const comparison = await compareVersions(read(), { kind: 'dpa', fromId: v3, toId: v4, locale: 'de' });
    const right = comparison!.rows.flatMap((r) => r.right ?? []).map((s) => s.text);
    expect(right.join('')).toContain('Diese Fassung nennt keine festen Fristen.');
    expect(comparison!.counts).toMatchObject({ changed: 1, removed: 2 });

    expect(await save(v4, deadlines('14', '30', '21'))).toEqual({ saved: true });
    expect((await stored(v4)).exit_duties).toEqual({ returnRequestDays: 14, productionDeletionDays: 30, backupDeletionDays: 21 });
  });

  it('a caller that skips the schema: the database refuses deadlines that are not three whole days from 0 to 3650', async () => {
    const valid = { returnRequestDays: 14, productionDeletionDays: 30, backupDeletionDays: 21 };
    const invalid: unknown[] = [
      { returnRequestDays: 14, productionDeletionDays: 30 },
      { ...valid, returnRequestDays: -1 },
      { ...valid, productionDeletionDays: 1.5 },
      { ...valid, backupDeletionDays: '21' },
      { ...valid, backupDeletionDays: 3651 },
      { ...valid, returnRequestDays: 123456789012 },
      [14, 30, 21],
    ];
    for (const value of invalid) {
      const error = await sql`update dpa_template_versions set exit_duties = ${JSON.stringify(value)}::jsonb where id = ${v4}`.then(
        () => null,
        (e: unknown) => e,
      );
      expect(String((error as Error | null)?.cause ?? error), JSON.stringify(value)).toMatch(/dpa_template_versions_exit_duties_shape/);
    }
    expect((await stored(v4)).exit_duties).toEqual(valid);
    await sql`update dpa_template_versions set exit_duties = ${JSON.stringify({ ...valid, backupDeletionDays: 3650 })}::jsonb where id = ${v4}`;
    expect((await stored(v4)).exit_duties).toMatchObject({ backupDeletionDays: 3650 });
  });
});
