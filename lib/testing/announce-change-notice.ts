import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { announceChangeNotice } from '@/lib/change-notices/announce-change-notice';
import { createChangeNoticeSchema } from '@/lib/change-notices/change-notice-input';
import { earliestEffectiveDate } from '@/lib/change-notices/compute-effective-date';
import { createChangeNotice } from '@/lib/change-notices/create-change-notice';
import { actorFor, runAs } from './context';

/**
 * Drafts and announces, as the privacy officer, a material update of the Frankfurt data centre
 * for everyone booking e-mail or web hosting, effective as early as the notice period allows; the
 * announce writes its deliveries and webhook deliveries. Returns the change notice's id.
 */
export async function announceTestChangeNotice(title: { de: string; en: string }, description: { de: string; en: string }) {
  const input = createChangeNoticeSchema.parse({
    kind: 'update',
    subprocessorId: seedId('subprocessor:datacenter-frankfurt'),
    titleDe: title.de,
    titleEn: title.en,
    descriptionDe: description.de,
    descriptionEn: description.en,
    serviceIds: [seedId('service:email'), seedId('service:webhosting')],
    effectiveDate: earliestEffectiveDate(new Date(), 30, 'Europe/Berlin'),
  });
  const privacy = await actorFor(demoAccounts.privacy);
  const { id } = await runAs(privacy, (ctx) => createChangeNotice(ctx, input));
  await runAs(privacy, (ctx) => announceChangeNotice(ctx, { changeNoticeId: id, confirm: true }));
  return id;
}
