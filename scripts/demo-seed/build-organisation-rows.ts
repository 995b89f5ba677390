import type { contacts, contracts, memberships, organisations, phoneNumbers, users } from '@/db/schema';
import { normalizePhone } from '@/lib/phone/normalize-phone';
import type { DemoOrganisation } from './organisations';
import { seedId, sha256Hex, type SeedClock } from './seed-helpers';

// Turns the organisation definitions into insert rows for one batch insert per table.

export const orgId = (customerNumber: string) => seedId(`org:${customerNumber}`);
export const userId = (email: string) => seedId(`user:${email}`);

export function buildOrganisationRows(
  demoOrganisations: DemoOrganisation[],
  serviceIds: Map<string, string>,
  clock: SeedClock,
) {
  const rows = {
    organisations: [] as (typeof organisations.$inferInsert)[],
    contacts: [] as (typeof contacts.$inferInsert)[],
    phoneNumbers: [] as (typeof phoneNumbers.$inferInsert)[],
    contracts: [] as (typeof contracts.$inferInsert)[],
    users: [] as (typeof users.$inferInsert)[],
    memberships: [] as (typeof memberships.$inferInsert)[],
  };

  for (const org of demoOrganisations) {
    const id = orgId(org.customerNumber);
    const number = org.customerNumber.slice(2);
    // The customer relationship began with its first contract.
    const since = Math.max(...org.contracts.map((c) => c.startedDaysAgo));

    rows.organisations.push({
      id,
      customerNumber: org.customerNumber,
      legalName: org.legalName,
      street: org.street,
      postalCode: org.postalCode,
      city: org.city,
      country: 'DE',
      isSample: true,
      createdAt: clock.daysAgo(since + 2),
      updatedAt: clock.daysAgo(since + 2),
    });

    rows.contacts.push({
      id: seedId(`contact:${org.customerNumber}:general:${org.generalEmail}`),
      orgId: id,
      kind: 'general',
      email: org.generalEmail,
      createdAt: clock.daysAgo(since + 2),
    });
    for (const contact of org.noticeContacts ?? []) {
      const addedDaysAgo = contact.confirmed ? Math.min(since, 365) : 2;
      rows.contacts.push({
        id: seedId(`contact:${org.customerNumber}:notice:${contact.email}`),
        orgId: id,
        kind: 'notice',
        name: contact.name,
        email: contact.email,
        locale: contact.locale ?? 'de',
        confirmedAt: contact.confirmed ? clock.daysAgo(addedDaysAgo - 1, 11) : null,
        // The hash of a token nobody knows: the demo contact stays unconfirmed until a new
        // confirmation mail is sent from the portal.
        confirmTokenHash: contact.confirmed ? null : sha256Hex(`unconfirmed demo contact ${contact.email}`),
        createdAt: clock.daysAgo(addedDaysAgo, 10),
      });
    }

    org.phones.forEach((phone, index) => {
      const normalized = normalizePhone(phone.display);
      if (!normalized) throw new Error(`Demo phone number ${phone.display} (${org.customerNumber}) does not normalize`);
      // A person's own line belongs to a named contact, so caller identification names the caller.
      const person = phone.person === undefined ? null : org.people.find((p) => p.email === phone.person);
      if (person === undefined) throw new Error(`Demo phone ${phone.display} names ${phone.person}, who is not one of ${org.customerNumber}'s people`);
      const contactId = person ? seedId(`contact:${org.customerNumber}:general:${person.email}`) : null;
      if (person) {
        rows.contacts.push({ id: contactId!, orgId: id, kind: 'general', name: person.name, email: person.email, createdAt: clock.daysAgo(since + 2) });
      }
      rows.phoneNumbers.push({
        id: seedId(`phone:${org.customerNumber}:${index}`),
        orgId: id,
        contactId,
        label: phone.label,
        display: phone.display,
        normalized,
        createdAt: clock.daysAgo(since + 2),
      });
    });

    org.contracts.forEach((contract, index) => {
      const serviceId = serviceIds.get(contract.service);
      if (!serviceId) throw new Error(`Unknown demo service ${contract.service}`);
      rows.contracts.push({
        id: seedId(`contract:${org.customerNumber}:${contract.service}`),
        orgId: id,
        serviceId,
        reference: `V-${number}-${String(index + 1).padStart(2, '0')}`,
        status: contract.endedDaysAgo === undefined ? 'active' : 'ended',
        startsOn: clock.dateDaysAgo(contract.startedDaysAgo),
        endsOn: contract.endedDaysAgo === undefined ? null : clock.dateDaysAgo(contract.endedDaysAgo),
        createdAt: clock.daysAgo(contract.startedDaysAgo + 3),
      });
    });

    // People who signed something have signed in before; the others were invited but never came.
    for (const person of org.people) {
      if (person.email !== person.email.toLowerCase()) throw new Error(`Demo e-mail ${person.email} must be lowercase`);
      const signedDaysAgo = Math.max(
        -1,
        ...(org.signatures ?? []).filter((s) => s.signer === person.email).map((s) => s.daysAgo),
      );
      rows.users.push({
        id: userId(person.email),
        name: person.name,
        email: person.email,
        emailVerified: signedDaysAgo >= 0 ? clock.daysAgo(signedDaysAgo, 8, 55) : null,
        locale: person.locale ?? 'de',
        isSample: true,
        createdAt: clock.daysAgo(since + 1),
      });
      rows.memberships.push({
        id: seedId(`membership:${org.customerNumber}:${person.email}`),
        userId: userId(person.email),
        orgId: id,
        role: person.role,
        position: person.position,
        createdAt: clock.daysAgo(since + 1),
      });
    }
  }
  return rows;
}
