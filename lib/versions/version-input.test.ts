import { describe, expect, it } from 'vitest';
import { dpaDraftSchema, draftSchema } from './version-input';

const form = (deadlines: Record<string, unknown>) => ({
  kind: 'dpa',
  id: '00000000-0000-4000-8000-000000000001',
  titleDe: 'Vertrag zur Auftragsverarbeitung',
  titleEn: 'Data processing agreement',
  bodyDe: '## § 11 Löschung',
  bodyEn: '## § 11 Deletion',
  changeSummaryDe: '',
  changeSummaryEn: '',
  ...deadlines,
});

const all = (returnRequestDays: string, productionDeletionDays: string, backupDeletionDays: string) => ({
  returnRequestDays,
  productionDeletionDays,
  backupDeletionDays,
});

function issues(raw: unknown) {
  const result = dpaDraftSchema.safeParse(raw);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

describe('dpaDraftSchema: the deadlines of § 11', () => {
  it('reads three whole numbers of days, 0 to 3650, around spaces', () => {
    expect(dpaDraftSchema.parse(form(all('14', ' 30 ', '0')))).toMatchObject({ returnRequestDays: 14, productionDeletionDays: 30, backupDeletionDays: 0 });
    expect(dpaDraftSchema.parse(form(all('3650', '007', '21')))).toMatchObject({ returnRequestDays: 3650, productionDeletionDays: 7 });
  });

  it('reads three empty fields as no fixed deadlines', () => {
    expect(draftSchema.parse(form(all('', '  ', '')))).toMatchObject({ returnRequestDays: null, productionDeletionDays: null, backupDeletionDays: null });
  });

  it('refuses a partial set, with an error on each empty field', () => {
    expect(issues(form(all('14', '', '')))).toEqual([
      ['productionDeletionDays', 'versions.error.exitDutiesPartial'],
      ['backupDeletionDays', 'versions.error.exitDutiesPartial'],
    ]);
    expect(issues(form(all('', '30', '21')))).toEqual([['returnRequestDays', 'versions.error.exitDutiesPartial']]);
  });

  it('refuses what is no whole number from 0 to 3650, on that field only', () => {
    for (const bad of ['-1', '1.5', '3651', '1e2', '0x10', 'abc', '14 Tage', '99999999999999999999']) {
      expect(issues(form(all('14', bad, '21'))), bad).toEqual([['productionDeletionDays', 'versions.error.days']]);
    }
  });

  it('refuses a form without the fields instead of clearing the deadlines', () => {
    expect(issues(form({})).map(([field]) => field)).toEqual(['returnRequestDays', 'productionDeletionDays', 'backupDeletionDays']);
    expect(issues({ ...form(all('14', '30', '21')), backupDeletionDays: 21 })).toEqual([['backupDeletionDays', 'validation.invalid']]);
  });

  it('reports the texts and the deadlines together, every field at once', () => {
    expect(issues({ ...form(all('14', '', '')), titleDe: ' ' }).map(([field]) => field)).toEqual(['titleDe', 'productionDeletionDays', 'backupDeletionDays']);
  });
});
