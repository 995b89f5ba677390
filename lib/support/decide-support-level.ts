// What support the provider may give an organisation. The provider's privacy policy: without a DPA,
// only hints, tips, advice and explanations for self-help; no log analysis, no remote support, no
// software installation or updates on the customer's workstations, no monitoring of its systems.
// Pure, so that the domain function (support-level.ts), its SQL twin and the tests share one rule.

export const supportActions = [
  'advice',
  'log_analysis',
  'remote_support',
  'software_installation',
  'monitoring',
] as const;
export type SupportAction = (typeof supportActions)[number];
export type SupportLevel = 'full' | 'advice_only';

/**
 * Why the level is what it is:
 * - covered: an active agreement whose annex names a service the organisation has an active
 *   processing contract for
 * - no_agreement: no active agreement
 * - agreement_not_covering: an active agreement, but none of the services in its annex is booked
 *   (and processes personal data) any more - the DPA no longer covers what support would touch
 */
export type SupportReason = 'covered' | 'no_agreement' | 'agreement_not_covering';
export type ActionReason = SupportReason | 'advice_always';

/** Allowed without an agreement, because they involve no processing of the customer's personal data. */
const withoutAgreement: ReadonlySet<SupportAction> = new Set(['advice']);

export type SupportFacts = {
  /** The active agreement and the service codes of its annex, or null. */
  agreement: { id: string; serviceCodes: readonly string[] } | null;
  /** Codes of the services with an active contract that process personal data. */
  processingServiceCodes: readonly string[];
};

export type SupportDecision = {
  level: SupportLevel;
  reason: SupportReason;
  agreementId: string | null;
  actions: { action: SupportAction; allowed: boolean; reason: ActionReason }[];
};

export function decideSupportLevel({ agreement, processingServiceCodes }: SupportFacts): SupportDecision {
  const booked = new Set(processingServiceCodes);
  const reason: SupportReason = !agreement
    ? 'no_agreement'
    : agreement.serviceCodes.some((code) => booked.has(code))
      ? 'covered'
      : 'agreement_not_covering';
  const full = reason === 'covered';
  return {
    level: full ? 'full' : 'advice_only',
    reason,
    agreementId: agreement?.id ?? null,
    actions: supportActions.map((action) =>
      withoutAgreement.has(action)
        ? { action, allowed: true, reason: 'advice_always' }
        : { action, allowed: full, reason },
    ),
  };
}

/** The decision for one action, e.g. before a remote session starts. */
export function actionDecision(decision: SupportDecision, action: SupportAction) {
  return decision.actions.find((a) => a.action === action)!;
}
