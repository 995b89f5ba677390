import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { reminderCandidates } from './reminder-candidates';

/**
 * For the demo seed only: the reminders an organisation's history would already have had (every
 * step of the schedule that lies in the past), recorded without mails, so the demo shows who was
 * reminded when and a freshly started worker does not mail a backlog to the demo's signatories.
 */
export async function recordPastReminders(tx: Tx, now: Date, timeZone = 'Europe/Berlin') {
  const today = sql`((${now.toISOString()}::timestamptz) at time zone ${timeZone})::date`;
  await tx.execute(sql`
    with ${reminderCandidates(today, timeZone)}
    insert into dpa_reminders (org_id, after_days, eligible_since, reason, recipients, sent_at)
    select c.org_id, d, c.since, c.reason,
           (select count(*)::int from memberships m where m.org_id = c.org_id and m.role = 'signatory'),
           ((c.since + d)::timestamp + interval '9 hours') at time zone ${timeZone}
      from candidates c cross join schedule
     where c.since + d <= ${today}
    on conflict do nothing`);
}
