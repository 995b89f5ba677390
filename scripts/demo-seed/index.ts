import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import {
  agreements,
  changeNotices,
  changeNoticeServices,
  deliveries,
  noticeReads,
  notices,
  invitations,
  contacts,
  contracts,
  dpaTemplateVersions,
  memberships,
  organisations,
  phoneNumbers,
  remoteSupportAuthorisations,
  services,
  settings,
  staffRoles,
  subprocessors,
  subprocessorServices,
  tomsVersions,
  users,
} from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { recordPastReminders } from '@/lib/reminders/record-past-reminders';
import { buildAgreementRows } from './build-agreement-rows';
import { buildChangeNoticeRows } from './build-change-notice-rows';
import { buildOrganisationRows } from './build-organisation-rows';
import { withSamplePdf } from './render-sample-pdf';
import { buildCatalogueRows } from './build-catalogue-rows';
import { buildDraftChangeNoticeRows } from './change-notices';
import { demoOrganisations } from './organisations';
import { buildRemoteSessionRows } from './remote-sessions';
import { demoSettings, demoStaff } from './provider';
import { seedClock, seedId } from './seed-helpers';
import { demoAccounts, demoOrgs } from './demo-accounts';
import { createHash } from 'node:crypto';
import { buildVersionRows } from './versions';

// Demo data: the same code runs for `npm run db:seed`, for the first start of an empty embedded
// database and for the tests. Everything is marked as sample data where the schema has the flag.

// Two app instances starting at once against one empty PostgreSQL must not both seed.
const SEED_LOCK = 7_226_003;

/** True when nobody has used the database yet: no organisations and no users. */
export async function isDatabaseEmpty(db: Database | Tx): Promise<boolean> {
  const [organisation] = await db.select({ id: organisations.id }).from(organisations).limit(1);
  const [user] = await db.select({ id: users.id }).from(users).limit(1);
  return !organisation && !user;
}

/**
 * Fills an empty database with the fictitious provider, its catalogue and register, and about 25
 * customer organisations in every DPA state, in one transaction. Refuses a database that holds
 * data, so it can never mix sample rows into real ones.
 */
export async function seedDemoData(
  db: Database,
  options: { now?: Date } = {},
): Promise<{ organisations: number; users: number }> {
  const clock = seedClock(options.now ?? new Date());
  const staffUsers = demoStaff.map((staff) => ({ ...staff, id: seedId(`user:${staff.email}`) }));
  const privacyUserId = staffUsers.find((staff) => staff.roles.includes('privacy'))!.id;

  // Rows are built before the transaction opens: it holds locks only while it writes.
  const catalogue = buildCatalogueRows(clock);
  const versions = buildVersionRows(clock, privacyUserId);
  const customer = buildOrganisationRows(demoOrganisations, catalogue.serviceIds, clock);
  const agreementRows = await withSamplePdf(buildAgreementRows(demoOrganisations, catalogue, clock), versions);
  const history = buildChangeNoticeRows(
    demoOrganisations,
    { newFilter: seedId('subprocessor:mail-filter'), oldFilter: seedId('subprocessor:mail-filter-old'), emailService: seedId('service:email'), privacyUserId },
    clock,
  );
  const draft = buildDraftChangeNoticeRows(clock, privacyUserId);
  const userRows = [
    ...staffUsers.map((staff) => ({
      id: staff.id,
      name: staff.name,
      email: staff.email,
      locale: staff.locale,
      isSample: true,
      createdAt: clock.daysAgo(1700),
    })),
    ...customer.users,
  ];

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    if (!(await isDatabaseEmpty(tx))) {
      throw new Error('The database already holds data; seed only an empty database');
    }

    await tx.insert(settings).values({ id: 1, ...demoSettings, isSample: true });
    await tx.insert(users).values(userRows);
    await tx
      .insert(staffRoles)
      .values(staffUsers.flatMap((staff) => staff.roles.map((role) => ({ userId: staff.id, role }))));
    await tx.insert(services).values(catalogue.serviceRows);
    await tx.insert(subprocessors).values(catalogue.subprocessorRows);
    await tx.insert(subprocessorServices).values(catalogue.subprocessorServices);
    await tx.insert(dpaTemplateVersions).values(versions.templates);
    await tx.insert(tomsVersions).values(versions.toms);
    await tx.insert(organisations).values(customer.organisations);
    await tx.insert(contacts).values(customer.contacts);
    await tx.insert(phoneNumbers).values(customer.phoneNumbers);
    await tx.insert(contracts).values(customer.contracts);
    await tx.insert(memberships).values(customer.memberships);
    await tx.insert(agreements).values(agreementRows);
    await tx.insert(remoteSupportAuthorisations).values(buildRemoteSessionRows(clock));
    await tx.insert(changeNotices).values([history.changeNotice, draft.notice]);
    await tx.insert(changeNoticeServices).values([...history.services, ...draft.services]);
    await tx.insert(notices).values(history.noticeRows);
    await tx.insert(deliveries).values(history.deliveryRows);
    await tx.insert(noticeReads).values(history.readRows);
    // People and roles (issue 11): an open invitation on the current customer's people page. Its
    // token is unknown (a hash of a random value), so the demo shows it without anyone accepting it.
    await tx.insert(invitations).values({
      email: 'neu.kollege@baeckerei-hofmann.example',
      orgId: seedId(`org:${demoOrgs.current}`),
      membershipRole: 'member',
      tokenHash: createHash('sha256').update(crypto.randomUUID()).digest('hex'),
      invitedBy: seedId(`user:${demoAccounts.signatory}`),
      expiresAt: clock.daysAgo(-5),
      createdAt: clock.daysAgo(2),
    });

    await recordPastReminders(tx, options.now ?? new Date());

    const counts = { organisations: customer.organisations.length, users: userRows.length };
    await writeAuditEvent(
      tx,
      { userId: null, role: 'system' },
      { action: 'demo_data.seeded', details: { ...counts, agreements: agreementRows.length } },
    );
    return counts;
  });
}
