import 'server-only';
import { sql } from 'drizzle-orm';
import { subprocessors } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { getRegisterOptions } from '@/lib/register/get-register-options';
import { changeKinds, type ChangeNoticeFormValues } from './change-notice-input';
import { earliestEffectiveDate, effectiveDateOf } from './compute-effective-date';
import type { ChangeNoticeDetail } from './get-change-notice';

/**
 * What the change-notice form offers and shows: the kinds, every subprocessor with its status, the
 * personal-data services, the earliest effective date an announcement today allows (with the
 * notice period and time zone it rests on), and the values: blank for a new draft, the draft's own
 * for an edit.
 */
export async function getChangeNoticeForm(ctx: Ctx, input: { draft?: ChangeNoticeDetail } = {}) {
  assertCan(ctx, 'notices.manage');
  const [calendar, options, subs] = await Promise.all([
    getCalendarSettings(ctx),
    getRegisterOptions(ctx),
    ctx.db
      .select({ id: subprocessors.id, legalName: subprocessors.legalName, status: subprocessors.status })
      .from(subprocessors)
      .orderBy(sql`${subprocessors.legalName} collate german`),
  ]);
  // As announcing checks it: today's setting. Organisations whose agreements promise longer get
  // their own later dates on their notices (decision 0094).
  const earliest = earliestEffectiveDate(ctx.now, calendar.noticePeriodDays, calendar.timeZone);
  const draft = input.draft;
  const values: ChangeNoticeFormValues = draft
    ? {
        kind: draft.kind,
        subprocessorId: draft.subprocessorId,
        replacesSubprocessorId: draft.replacesSubprocessorId ?? '',
        titleDe: draft.title.de,
        titleEn: draft.title.en,
        descriptionDe: draft.description.de,
        descriptionEn: draft.description.en,
        serviceIds: draft.services.map((s) => s.id),
        effectiveDate: effectiveDateOf(draft.effectiveAt, calendar.timeZone),
        isEmergency: draft.isEmergency,
        emergencyReason: draft.emergencyReason ?? '',
      }
    : {
        kind: 'add',
        subprocessorId: '',
        replacesSubprocessorId: '',
        titleDe: '',
        titleEn: '',
        descriptionDe: '',
        descriptionEn: '',
        serviceIds: [],
        effectiveDate: earliest,
        isEmergency: false,
        emergencyReason: '',
      };
  return {
    earliest,
    ...calendar,
    kinds: changeKinds,
    subprocessors: subs,
    services: options.services.filter((s) => s.processesPersonalData).map((s) => ({ id: s.id, name: s.name })),
    values,
  };
}

export type ChangeNoticeForm = Awaited<ReturnType<typeof getChangeNoticeForm>>;
