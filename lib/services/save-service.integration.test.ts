import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, services } from '@/db/schema';
import type { UserActor } from '@/lib/core/actor';
import { actorFor, runAs } from '@/lib/testing/context';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { createService, updateService } from './save-service';
import { createServiceSchema, updateServiceSchema } from './service-input';

let admin: UserActor;
const form = {
  code: 'Backup-Plus',
  nameDe: 'Datensicherung Plus',
  nameEn: 'Backup Plus',
  category: 'Hosting',
  processesPersonalData: 'on',
  descriptionDe: 'Sicherung Ihrer Server',
  descriptionEn: 'Backups of your servers',
  purposeDe: 'Wiederherstellung',
  purposeEn: 'Restore',
  dataCategoriesDe: 'Kundendaten\nMitarbeiterdaten',
  dataCategoriesEn: 'Customer data\nEmployee data',
  dataSubjectsDe: 'Kunden',
  dataSubjectsEn: 'Customers',
};

beforeAll(async () => {
  admin = await actorFor(demoAccounts.admin);
});

describe('services admin', () => {
  it('creates a service with its Annex II lists and edits it, audited before/after', async () => {
    const { id } = await runAs(admin, (ctx) => createService(ctx, createServiceSchema.parse(form)));
    const [row] = await getDb().select().from(services).where(eq(services.id, id));
    expect(row).toMatchObject({ code: 'backup-plus', category: 'Hosting', processesPersonalData: true });
    expect(row!.dataCategories).toEqual([{ de: 'Kundendaten', en: 'Customer data' }, { de: 'Mitarbeiterdaten', en: 'Employee data' }]);

    const { code: _code, ...fields } = form;
    const result = await runAs(admin, (ctx) => updateService(ctx, updateServiceSchema.parse({ ...fields, serviceId: id, category: 'Backup' })));
    expect(result.changed).toBe(true);
    const [event] = await getDb().select().from(auditEvents).where(eq(auditEvents.action, 'service.update')).orderBy(desc(auditEvents.seq)).limit(1);
    expect(event!.details).toEqual({ code: 'backup-plus', before: { category: 'Hosting' }, after: { category: 'Backup' } });
    await expect(runAs(admin, (ctx) => createService(ctx, createServiceSchema.parse(form)))).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('requires Annex II entries for a processing service and matching German/English lines', () => {
    const result = createServiceSchema.safeParse({ ...form, dataSubjectsDe: '', dataSubjectsEn: '', dataCategoriesEn: 'Customer data' });
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byField).toEqual({ dataCategoriesEn: 'adminServices.error.linesMismatch', dataSubjectsDe: 'adminServices.error.annexRequired' });
  });
});
