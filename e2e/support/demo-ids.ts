// Seeded ids are derived from stable keys, so specs can name another organisation without a query.
import { seedId } from '../../scripts/demo-seed/seed-helpers';
import { demoOrgs } from '../../scripts/demo-seed/demo-accounts';

export const orgIds = {
  current: seedId(`org:${demoOrgs.current}`),
  none: seedId(`org:${demoOrgs.none}`),
  outdated: seedId(`org:${demoOrgs.outdated}`),
  notEligible: seedId(`org:${demoOrgs.notEligible}`),
};
