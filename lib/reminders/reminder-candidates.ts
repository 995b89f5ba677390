import 'server-only';
import { sql, type SQL } from 'drizzle-orm';

/**
 * The organisations whose signatories are asked to sign, as a CTE named `candidates`
 * (org_id, since, reason): eligible ones (a contract for a service that processes personal data in
 * force today) that are not archived and either have no active agreement ('none', counted from
 * eligibility: the earliest start of those contracts) or one on an older template version than the
 * newest published ('outdated', counted from the day that version was published, or eligibility if
 * later). Signing the current version removes an organisation from both. The reminder job and the
 * demo seed's history read the same set.
 */
export function reminderCandidates(today: SQL, timeZone: string): SQL {
  return sql`
    eligible as (
      select c.org_id, min(c.starts_on) as since
        from contracts c
        join services s on s.id = c.service_id
        join organisations o on o.id = c.org_id and o.archived_at is null
       where s.processes_personal_data and c.status = 'active'
         and c.starts_on <= ${today} and (c.ends_on is null or c.ends_on >= ${today})
       group by c.org_id
    ), current_version as (
      select version, ((published_at at time zone ${timeZone})::date) as published_on
        from dpa_template_versions where status = 'published'
       order by version desc limit 1
    ), candidates as (
      select e.org_id, e.since, 'none'::text as reason
        from eligible e
       where not exists (select 1 from agreements a where a.org_id = e.org_id and a.status = 'active')
      union all
      select e.org_id, greatest(e.since, cv.published_on) as since, 'outdated'::text as reason
        from eligible e
        join agreements a on a.org_id = e.org_id and a.status = 'active'
        join dpa_template_versions tv on tv.id = a.template_version_id
        cross join current_version cv
       where tv.version < cv.version
    ), schedule as (
      select unnest(coalesce((select dpa_reminder_days from settings where id = 1), '{7,21,42}'::integer[])) as d
    )`;
}
