import 'server-only';
import { MAX_RATE_WINDOW_MINUTES } from '@/lib/auth/rate-limit';
import { LINK_VALID_MINUTES } from '@/lib/auth/request-sign-in-link';
import { env } from '@/lib/env';

/**
 * Every retention period the portal promises, in one place (decision 0079). The privacy notice and
 * the account page put these figures into their text; the pruning jobs delete by them. A period
 * set by configuration (sessions) or by an admin (the call list) is read from there, the others are
 * fixed by law or by design.
 */
export type Retention = {
  /** A sign-in link works this long; unused ones are deleted afterwards, used ones at once. */
  signInLinkMinutes: number;
  /** Rate-limit counters (sign-in, verify, contact confirmations). */
  counterDays: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** The phone desk's call list (settings.call_list_retention_days). */
  callListDays: number;
  /** Sent mail and change-notice deliveries: years after the end of the calendar year of sending. */
  deliveryRecordYears: number;
  /** The audit log: years after the end of the calendar year of the entry (kept, not yet pruned: append-only chain). */
  auditYears: number;
  /** Signed agreements with their signing evidence: years after the agreement ended (§ 257 HGB). */
  agreementYearsAfterEnd: number;
};

export const DEFAULT_CALL_LIST_DAYS = 90;

export function retentionPeriods(settings: { callListRetentionDays: number } | null): Retention {
  const { SESSION_IDLE_MINUTES, SESSION_ABSOLUTE_HOURS } = env();
  return {
    signInLinkMinutes: LINK_VALID_MINUTES,
    counterDays: MAX_RATE_WINDOW_MINUTES / (24 * 60),
    sessionIdleMinutes: SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: SESSION_ABSOLUTE_HOURS,
    callListDays: settings?.callListRetentionDays ?? DEFAULT_CALL_LIST_DAYS,
    deliveryRecordYears: 3,
    auditYears: 3,
    agreementYearsAfterEnd: 10,
  };
}

/** The figures as the message catalogues name them (privacyNotice.processing.*.retention, account.delete.kept*). */
export function retentionMessageValues(retention: Retention) {
  return {
    minutes: retention.signInLinkMinutes,
    counterDays: retention.counterDays,
    idle: retention.sessionIdleMinutes,
    hours: retention.sessionAbsoluteHours,
    callListDays: retention.callListDays,
    deliveryYears: retention.deliveryRecordYears,
    auditYears: retention.auditYears,
    agreementYears: retention.agreementYearsAfterEnd,
  };
}
