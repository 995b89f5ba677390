import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';

/**
 * For the demo seed only: the reminders an organisation's history would already have had (every
 * step of the schedule that lies in the past), recorded without mails, so the demo shows who was
 * reminded when and a freshly started worker does not mail a backlog to the demo's signatories.
 */
export async function recordPastReminders(tx: Tx, now: Date, timeZone = 'Europe/Berlin') {
  const today = sql`((${now.toISOString()}::timestamptz) at time zone ${timeZone})::date`;
  await tx.execute(sql`
    with eligible as (
      select c.org_id, min(c.starts_on) as since
        from contracts c join services s on s.id = c.service_id
       where s.processes_personal_data and c.status = 'active'
         and c.starts_on <= ${today} and (c.ends_on is null or c.ends_on >= ${today})
       group by c.org_id
    )
    insert into dpa_reminders (org_id, after_days, eligible_since, recipients, sent_at)
    select e.org_id, d, e.since,
           (select count(*)::int from memberships m where m.org_id = e.org_id and m.role = 'signatory'),
           ((e.since + d)::timestamp + interval '9 hours') at time zone ${timeZone}
      from eligible e
     cross join unnest(coalesce((select dpa_reminder_days from settings where id = 1), '{7,21,42}'::integer[])) d
     where e.since + d <= ${today}
       and not exists (select 1 from agreements a where a.org_id = e.org_id and a.status = 'active')
    on conflict do nothing`);
}
