// The demo sign-in addresses named in the README and used by the e2e tests. All fictitious
// (.example is reserved for documentation); mail to them lands in the development mailbox.
export const demoProvider = {
  name: 'Nordwind IT-Service GmbH',
  domain: 'nordwind-it.example',
} as const;

export const demoAccounts = {
  privacy: 'datenschutz@nordwind-it.example',
  support: 'support@nordwind-it.example',
  admin: 'admin@nordwind-it.example',
  /** Signatory of an organisation with an active agreement on the current DPA version. */
  signatory: 'anna.becker@baeckerei-hofmann.example',
  /** Member (not signatory) of the same organisation. */
  member: 'jonas.wolf@baeckerei-hofmann.example',
  /** Signatory of another organisation that has no DPA yet (eligible). */
  otherSignatory: 'l.krause@kanzlei-krause.example',
  /** Signatory of an organisation whose agreement is on an older DPA version. */
  outdatedSignatory: 'm.yilmaz@yilmaz-logistik.example',
} as const;

export const demoOrgs = {
  /** customer numbers */
  current: 'K-10001',
  none: 'K-10002',
  outdated: 'K-10003',
  notEligible: 'K-10004',
} as const;

/** Signatory of the not-eligible organisation (demoOrgs.notEligible: only a domain contract). */
export const demoNotEligibleSignatory = 'p.lindner@gaertnerei-lindner.example';

/**
 * The main phone number of demoOrgs.current as stored; the support desk finds it whether it is
 * typed '07022 123456', '0049 7022 123456' or '(07022) 12 34-56'.
 */
export const demoPhone = { display: '+49 7022 123456', normalized: '+497022123456' } as const;
