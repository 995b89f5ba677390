import type { changeNoticeServices, changeNotices } from '@/db/schema';
import { seedId, type SeedClock } from './seed-helpers';

// One draft change notice, so the staff side of change notices has something to show in the demo
// (list, draft form, preview of the mail in both languages). A draft reaches no customer.

export function buildDraftChangeNoticeRows(clock: SeedClock, privacyUserId: string) {
  const id = seedId('change-notice:monitoring-site');
  const notice: typeof changeNotices.$inferInsert = {
    id,
    kind: 'update',
    subprocessorId: seedId('subprocessor:monitoring-saas'),
    title: {
      de: 'Wachturm Monitoring: neuer Rechenzentrumsstandort in Aarhus',
      en: 'Wachturm Monitoring: new data centre site in Aarhus',
    },
    description: {
      de: 'Die Überwachungsdaten Ihrer Server werden künftig im Rechenzentrum Aarhus statt in Kopenhagen verarbeitet. Land, Garantien und Zweck bleiben gleich.',
      en: 'Monitoring data of your servers will be processed in the Aarhus data centre instead of Copenhagen. Country, safeguards and purpose stay the same.',
    },
    status: 'draft',
    effectiveAt: clock.daysAgo(-45, 22, 0),
    createdBy: privacyUserId,
    createdAt: clock.daysAgo(2),
  };
  const services: (typeof changeNoticeServices.$inferInsert)[] = [{ changeNoticeId: id, serviceId: seedId('service:monitoring') }];
  return { notice, services };
}
