import 'server-only';
import { pruneRateLimitsJob } from '@/lib/auth/prune-rate-limits';
import { pruneCallListJob } from '@/lib/calls/prune-call-list';
import { applyDueChangeNoticesJob } from '@/lib/change-notices/apply-due-change-notices';
import { sendDeliveriesJob } from '@/lib/change-notices/send-due-deliveries';
import { sendWebhooksJob } from '@/lib/change-notices/send-due-webhooks';
import { terminateEndedAgreementsJob } from '@/lib/lifecycle/terminate-ended-agreements';
import { sendMailsJob } from '@/lib/mail/send-due-mails';
import { pruneExpiredRecordsJob } from '@/lib/records/prune-expired-records';
import { sendDpaRemindersJob } from '@/lib/reminders/send-dpa-reminders';
import type { Job } from './job';

/** Every job the worker runs: the three outboxes, then the periodic jobs. */
export const jobs: readonly Job[] = [
  sendMailsJob,
  sendDeliveriesJob,
  sendWebhooksJob,
  applyDueChangeNoticesJob,
  pruneRateLimitsJob,
  terminateEndedAgreementsJob,
  sendDpaRemindersJob,
  pruneCallListJob,
  pruneExpiredRecordsJob,
];
