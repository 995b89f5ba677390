import { localDate } from '@/lib/change-notices/compute-effective-date';

/** A contract whose end date lies before today (in the provider's time zone) has ended. */
export function contractStatusOn(endsOn: string | null, now: Date, timeZone: string): 'active' | 'ended' {
  return endsOn !== null && endsOn < localDate(now, timeZone) ? 'ended' : 'active';
}
