import { getDb } from '@/db/client';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { announceChangeNotice } from '@/lib/change-notices/announce-change-notice';
import { createChangeNoticeSchema } from '@/lib/change-notices/change-notice-input';
import { earliestEffectiveDate } from '@/lib/change-notices/compute-effective-date';
import { createChangeNotice } from '@/lib/change-notices/create-change-notice';

const privacy = { userId: seedId(`user:${demoAccounts.privacy}`), staffRoles: ['privacy' as const], memberships: [] };

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
  const { id } = await getDb().transaction((tx) => createChangeNotice(tx, privacy, input));
  await getDb().transaction((tx) => announceChangeNotice(tx, privacy, { changeNoticeId: id, confirm: true }));
  return id;
}
