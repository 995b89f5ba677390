import { asc, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { agreements, auditEvents, settings } from '@/db/schema';
import type { UserActor } from '@/lib/core/actor';
import { translator } from '@/lib/i18n/translate';
import { actorFor, runAs } from '@/lib/testing/context';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { getSettingsForm } from './get-settings-form';
import { updateSettingsSchema } from './settings-input';
import { updateSettings } from './update-settings';
import { contextFor } from '@/lib/testing/context';

// Provider settings: a lower notice period changes the settings row only; every signed agreement
// stays exactly as it was (its terms are frozen at signing), and the change is audited before/after.

let admin: UserActor;
const allAgreements = () => getDb().select().from(agreements).orderBy(asc(agreements.id));

beforeAll(async () => {
  admin = await actorFor(demoAccounts.admin);
});

describe('provider settings', () => {
  it('lowering the notice period writes nothing to agreements and is audited with before and after', async () => {
    const before = await allAgreements();
    expect(before.length).toBeGreaterThan(0);
    const form = await getSettingsForm(contextFor(admin));
    expect(form.noticePeriodDays).toBe(30);
    const input = updateSettingsSchema.parse({ ...form, noticePeriodDays: '14' });
    expect(await runAs(admin, (ctx) => updateSettings(ctx, input))).toEqual({ changed: true });

    const [row] = await getDb().select().from(settings).where(eq(settings.id, 1));
    expect(row!.noticePeriodDays).toBe(14);
    expect(await allAgreements()).toEqual(before);
    const [event] = await getDb().select().from(auditEvents).where(eq(auditEvents.action, 'settings.update')).orderBy(desc(auditEvents.seq)).limit(1);
    expect(event!.details).toEqual({ before: { noticePeriodDays: 30 }, after: { noticePeriodDays: 14 } });
    expect(event!.actorUserId).toBe(admin.userId);

    // The same values again: nothing changes, nothing is audited.
    expect(await runAs(admin, (ctx) => updateSettings(ctx, input))).toEqual({ changed: false });
  });

  it('refuses bad input by field (notice period, time zone, e-mail, phone)', () => {
    const result = updateSettingsSchema.safeParse({
      providerName: 'X', providerAddress: 'Y', managingDirector: 'Z', dpoName: 'D',
      dpoEmail: 'dpo@', supportEmail: 'support@example.com', supportPhone: '12', noticePeriodDays: '0', timeZone: 'Mars/Olympus',
    });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byField).toEqual({
      dpoEmail: 'validation.email',
      supportPhone: 'adminSettings.error.phone',
      noticePeriodDays: 'adminSettings.error.noticePeriod',
      timeZone: 'adminSettings.error.timeZone',
    });
    // Each is a field message in the admin's language (the action wrapper translates the key).
    const de = translator('de');
    const en = translator('en');
    expect(de('adminSettings.error.phone')).toMatch(/Telefonnummer/);
    expect(en('adminSettings.error.phone')).toMatch(/phone number/);
    expect(de('validation.email')).toMatch(/E-Mail-Adresse/);
    expect(en('validation.email')).toMatch(/e-mail address/);
  });

  it('is for admins only', async () => {
    const privacy = await actorFor(demoAccounts.privacy);
    const form = await getSettingsForm(contextFor(admin));
    await expect(runAs(privacy, (ctx) => updateSettings(ctx, updateSettingsSchema.parse({ ...form, noticePeriodDays: 7 })))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
