// Seeded ids are derived from stable keys, so specs can name another organisation without a query.
import { seedId } from '../../scripts/demo-seed/seed-helpers';
import { demoAccounts, demoOrgs } from '../../scripts/demo-seed/demo-accounts';
import { mailFilterChangeNoticeId, noticeIdFor } from '../../scripts/demo-seed/build-change-notice-rows';
import { demoOrganisations } from '../../scripts/demo-seed/organisations';
import { dpaVersionId, tomsVersionId } from '../../scripts/demo-seed/versions';

export const orgIds = {
  current: seedId(`org:${demoOrgs.current}`),
  none: seedId(`org:${demoOrgs.none}`),
  outdated: seedId(`org:${demoOrgs.outdated}`),
  notEligible: seedId(`org:${demoOrgs.notEligible}`),
};

const current = demoOrganisations.find((org) => org.customerNumber === demoOrgs.current)!;

/** Real rows of the demo data, for the authorization matrix's paths. */
export const seeded = {
  /** The demo customer's active agreement: the one sample agreement with a PDF. */
  currentAgreementId: seedId(`agreement:${demoOrgs.current}:${current.signatures!.length - 1}`),
  /** The past change (e-mail filter replaced) and the demo customer's notice of it. */
  changeNoticeId: mailFilterChangeNoticeId,
  currentNoticeId: noticeIdFor(demoOrgs.current),
  subprocessorId: seedId('subprocessor:mail-filter'),
  dpaVersionId: dpaVersionId(2),
  tomsVersionId: tomsVersionId(1),
  emailServiceId: seedId('service:email'),
  memberUserId: seedId(`user:${demoAccounts.member}`),
};
