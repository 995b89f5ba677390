import type { remoteSupportAuthorisations } from '@/db/schema';
import { demoAccounts, demoOrgs } from './demo-accounts';
import { seedId, type SeedClock } from './seed-helpers';

// Remote support for the demo customer (issue 10), so its page /orgs/[orgId]/support-sessions and
// the agent's support view are not empty: two ended sessions, each under the agreement in force on
// its day, and the refusal of the customer's first request, made before it had signed a DPA
// (its first signature lies 600 days back). The refusal has no audit event: the audit log is a hash
// chain in time order and takes no backdated entries; a live refusal is audited (the e2e shows it).

type Row = typeof remoteSupportAuthorisations.$inferInsert;

export function buildRemoteSessionRows(clock: SeedClock): Row[] {
  const orgId = seedId(`org:${demoOrgs.current}`);
  const agentUserId = seedId(`user:${demoAccounts.support}`);
  const agreement = (index: number) => seedId(`agreement:${demoOrgs.current}:${index}`);
  return [
    {
      id: seedId('remote-session:K-10001:refused'),
      orgId,
      agentUserId,
      agreementId: null,
      ticketReference: 'T-2198',
      action: 'remote_support',
      tool: 'TeamViewer',
      reason: 'Kassensystem startet nicht',
      outcome: 'refused',
      createdAt: clock.daysAgo(610, 8, 12),
    },
    {
      id: seedId('remote-session:K-10001:1'),
      orgId,
      agentUserId,
      agreementId: agreement(0),
      ticketReference: 'T-3920',
      action: 'remote_support',
      tool: 'TeamViewer',
      reason: 'Outlook-Postfach synchronisiert nicht',
      outcome: 'granted',
      createdAt: clock.daysAgo(95, 10, 5),
      endedAt: clock.daysAgo(95, 10, 41),
    },
    {
      id: seedId('remote-session:K-10001:2'),
      orgId,
      agentUserId,
      agreementId: agreement(1),
      ticketReference: 'T-4388',
      action: 'remote_support',
      tool: 'AnyDesk',
      reason: 'Bondrucker in der Filiale Wendlingen einrichten',
      outcome: 'granted',
      createdAt: clock.daysAgo(9, 14, 20),
      endedAt: clock.daysAgo(9, 14, 52),
    },
  ];
}
