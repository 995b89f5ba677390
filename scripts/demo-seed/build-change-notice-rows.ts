import type { changeNoticeServices, changeNotices, deliveries, noticeReads, notices } from '@/db/schema';
import { orgId, userId } from './build-organisation-rows';
import type { DemoOrganisation } from './organisations';
import { demoProvider } from './demo-accounts';
import { seedId, type SeedClock } from './seed-helpers';

// The one change in the demo's history: the e-mail filter was replaced 200 days ago, announced 45
// days before. Every organisation that then had e-mail hosting under an agreement received the
// notice; their signatories were mailed, and everyone there has read it. So the demo shows a past change with its
// trail, and the tests have real ids of a change notice, a customer's notice and its deliveries.

export const ANNOUNCED_DAYS_AGO = 245;
export const EFFECTIVE_DAYS_AGO = 200;

export const mailFilterChangeNoticeId = seedId('change-notice:mail-filter-replacement');
export const noticeIdFor = (customerNumber: string) => seedId(`notice:mail-filter-replacement:${customerNumber}`);

const under = (days: number, org: DemoOrganisation) =>
  org.contracts.some((c) => c.service === 'email' && c.startedDaysAgo >= days && (c.endedDaysAgo === undefined || c.endedDaysAgo < days)) &&
  (org.signatures ?? []).some((s) => s.daysAgo >= days) &&
  (org.terminatedDaysAgo === undefined || org.terminatedDaysAgo < days);

export function buildChangeNoticeRows(
  demoOrganisations: DemoOrganisation[],
  ids: { newFilter: string; oldFilter: string; emailService: string; privacyUserId: string },
  clock: SeedClock,
) {
  const announcedAt = clock.daysAgo(ANNOUNCED_DAYS_AGO, 9, 30);
  const effectiveAt = clock.daysAgo(EFFECTIVE_DAYS_AGO, 0);
  const changeNotice: typeof changeNotices.$inferInsert = {
    id: mailFilterChangeNoticeId,
    kind: 'replace',
    subprocessorId: ids.newFilter,
    replacesSubprocessorId: ids.oldFilter,
    title: { de: 'E-Mail-Filter: Nordsee Mailsecurity ersetzt Spamwall', en: 'E-mail filter: Nordsee Mailsecurity replaces Spamwall' },
    description: {
      de: 'Die Spam- und Virenfilterung eingehender E-Mails übernimmt künftig die Nordsee Mailsecurity GmbH (Rechenzentren in Deutschland). Die Spamwall Filterdienste GmbH löscht alle Daten nach dem Wechsel.',
      en: 'Spam and virus filtering of incoming e-mail will be done by Nordsee Mailsecurity GmbH (data centres in Germany). Spamwall Filterdienste GmbH deletes all data after the switch.',
    },
    status: 'effective',
    announcedAt,
    effectiveAt,
    objectionsCloseAt: effectiveAt,
    appliedAt: effectiveAt,
    createdBy: ids.privacyUserId,
    announcedBy: ids.privacyUserId,
    createdAt: clock.daysAgo(ANNOUNCED_DAYS_AGO + 2, 14),
    updatedAt: effectiveAt,
  };
  const services: (typeof changeNoticeServices.$inferInsert)[] = [{ changeNoticeId: mailFilterChangeNoticeId, serviceId: ids.emailService }];
  const audience = demoOrganisations.filter((org) => under(ANNOUNCED_DAYS_AGO, org));
  const noticeRows: (typeof notices.$inferInsert)[] = audience.map((org) => ({
    id: noticeIdFor(org.customerNumber),
    changeNoticeId: mailFilterChangeNoticeId,
    orgId: orgId(org.customerNumber),
    createdAt: announcedAt,
  }));
  const signatories = audience.flatMap((org) =>
    org.people.filter((p) => p.role === 'signatory').map((person) => ({ org, person })),
  );
  const deliveryRows: (typeof deliveries.$inferInsert)[] = signatories.map(({ org, person }, n) => {
    const sentAt = new Date(announcedAt.getTime() + (n + 1) * 2000);
    return {
      id: seedId(`delivery:mail-filter-replacement:${person.email}`),
      noticeId: noticeIdFor(org.customerNumber),
      recipient: person.email,
      locale: person.locale ?? 'de',
      state: 'sent',
      attempts: 1,
      nextAttemptAt: announcedAt,
      messageId: `<${seedId(`message:mail-filter-replacement:${person.email}`)}@${demoProvider.domain}>`,
      sentAt,
      createdAt: announcedAt,
      updatedAt: sentAt,
    };
  });
  // Everyone in those organisations has long read it: a notice from last year is not news.
  const readRows: (typeof noticeReads.$inferInsert)[] = audience.flatMap((org) =>
    org.people.map((person) => ({
      noticeId: noticeIdFor(org.customerNumber),
      userId: userId(person.email),
      readAt: clock.daysAgo(ANNOUNCED_DAYS_AGO - 1, 10),
    })),
  );
  return { changeNotice, services, noticeRows, deliveryRows, readRows };
}
