// An organisation's DPA status, the one word the dashboard, the staff list and the support desk show.
// lib/support/search-customers.ts computes the same thing in SQL for a page of results at once; its
// integration test checks that both agree on every seeded organisation.

export const dpaStatuses = ['current', 'outdated', 'none', 'not_eligible'] as const;
export type DpaStatus = (typeof dpaStatuses)[number];

export type DpaStatusInput = {
  /** At least one active contract for a service that processes personal data. */
  eligible: boolean;
  /** Template version of the organisation's active agreement, or null without one. */
  activeAgreementVersion: number | null;
  /** Highest published template version, or null while none is published. */
  currentVersion: number | null;
};

/**
 * An active agreement decides first: it stays in force (and keeps full support) even when the
 * contracts that made the organisation eligible have ended, so it is never shown as "not eligible".
 */
export function dpaStatus({ eligible, activeAgreementVersion, currentVersion }: DpaStatusInput): DpaStatus {
  if (activeAgreementVersion !== null) {
    return currentVersion !== null && activeAgreementVersion < currentVersion ? 'outdated' : 'current';
  }
  return eligible ? 'none' : 'not_eligible';
}
