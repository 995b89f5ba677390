// Seeded ids are derived from stable keys, so specs can name another organisation without a query.
import { seedId } from '../../db/seed/seed-helpers';
import { demoOrgs } from '../../db/seed/demo-accounts';

export const orgIds = {
  current: seedId(`org:${demoOrgs.current}`),
  none: seedId(`org:${demoOrgs.none}`),
  outdated: seedId(`org:${demoOrgs.outdated}`),
  notEligible: seedId(`org:${demoOrgs.notEligible}`),
};
