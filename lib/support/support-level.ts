// What support the provider may give an organisation. The provider's privacy policy: without a DPA,
// only hints, tips, advice and explanations for self-help; no log analysis, no remote support, no
// software installation or updates on the customer's workstations, no monitoring of its systems.

export const supportActions = [
  'advice',
  'log_analysis',
  'remote_support',
  'software_installation',
  'monitoring',
] as const;
export type SupportAction = (typeof supportActions)[number];
export type SupportLevel = 'full' | 'advice_only';

/** Allowed without an agreement, because they involve no processing of the customer's personal data. */
const withoutAgreement: ReadonlySet<SupportAction> = new Set(['advice']);

export type SupportLevelResult = {
  level: SupportLevel;
  actions: { action: SupportAction; allowed: boolean }[];
};

/** `full` with an active agreement (whatever its version), else `advice_only`. */
export function supportLevel({ hasActiveAgreement }: { hasActiveAgreement: boolean }): SupportLevelResult {
  return {
    level: hasActiveAgreement ? 'full' : 'advice_only',
    actions: supportActions.map((action) => ({
      action,
      allowed: hasActiveAgreement || withoutAgreement.has(action),
    })),
  };
}
