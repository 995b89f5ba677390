import 'server-only';
import { assertCan, can } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { env } from '@/lib/env';
import { locales } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { countObjectionsForChangeNotice } from '@/lib/objections/count-objections-for-change-notice';
import { isDraft, isWithdrawable } from './change-notice-rules';
import { effectiveDateOf, lastObjectionMoment } from './compute-effective-date';
import { getChangeNotice } from './get-change-notice';
import { getChangeNoticeForm } from './get-change-notice-form';
import { noticeReach, previewChangeNotice, sampleAffectedOrganisation } from './preview-change-notice';
import { renderChangeNoticeMail } from '@/lib/mail/templates/change-notice';

/**
 * Everything the staff see of one change notice: the notice, its dates in the provider's time
 * zone, for a draft the audience announcing it now would reach, once announced the reach and the
 * objections, the mail in both languages exactly as the template renders it (for a sample affected
 * organisation), and what this person may do with it now (edit, announce, withdraw). Null for an
 * unknown id.
 */
export async function getChangeNoticeView(ctx: Ctx, input: { changeNoticeId: string }) {
  assertCan(ctx, 'notices.view.staff');
  const notice = await getChangeNotice(ctx, input);
  if (!notice) return null;
  const { timeZone } = await getCalendarSettings(ctx);
  const draft = isDraft(notice);
  const canManage = can(ctx, 'notices.manage');
  const ref = { changeNoticeId: notice.id };
  const [audience, sampleOrg, reach, objectionCounts, form] = await Promise.all([
    draft ? previewChangeNotice(ctx, ref) : null,
    sampleAffectedOrganisation(ctx, ref),
    draft ? null : noticeReach(ctx, ref),
    draft ? null : countObjectionsForChangeNotice(ctx, ref),
    canManage && draft ? getChangeNoticeForm(ctx, { draft: notice }) : null,
  ]);
  const mails = locales.map((language) => ({
    language,
    mail: renderChangeNoticeMail({
      locale: language,
      changeNotice: notice,
      subprocessor: notice.subprocessor,
      replaced: notice.replaces,
      services: notice.services,
      orgName: sampleOrg ?? translator(language)('changeNotice.preview.organisations'),
      objectUrl: `${env().APP_URL}/orgs/…/notices/…`,
      timeZone,
    }),
  }));
  return {
    notice,
    timeZone,
    effectiveDate: effectiveDateOf(notice.effectiveAt, timeZone),
    /** The last moment an objection is accepted (objections_close_at, fixed at announcement). */
    objectionDeadline: lastObjectionMoment(notice.objectionsCloseAt ?? notice.effectiveAt),
    audience,
    sampleOrg,
    reach,
    objectionCounts,
    mails,
    /** The edit form, for privacy staff while the notice is a draft. */
    form,
    canAnnounce: canManage && draft,
    canWithdraw: canManage && isWithdrawable(notice, ctx.now),
  };
}
