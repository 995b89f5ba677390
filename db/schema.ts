// The whole domain of DESIGN.md in one place. Constraints live here, not only in code:
// foreign keys, unique and partial unique indexes, checks. Later work adds behaviour, not tables.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

/** Text in both portal languages; German governs for contract text. */
export type LocalizedText = { de: string; en: string };

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => tz('created_at').notNull().defaultNow();
const id = () => uuid('id').primaryKey().defaultRandom();

// ---------------------------------------------------------------- enums
export const membershipRole = pgEnum('membership_role', ['signatory', 'member']);
export const staffRole = pgEnum('staff_role', ['privacy', 'support', 'admin']);
export const contactKind = pgEnum('contact_kind', ['general', 'notice']);
export const locale = pgEnum('locale', ['de', 'en']);
export const contractStatus = pgEnum('contract_status', ['active', 'ended']);
export const versionStatus = pgEnum('version_status', ['draft', 'published']);
export const transferSafeguard = pgEnum('transfer_safeguard', [
  'eu_eea',
  'adequacy',
  'scc',
  'bcr',
  'other',
]);
export const subprocessorStatus = pgEnum('subprocessor_status', ['planned', 'active', 'retired']);
export const changeKind = pgEnum('change_kind', ['add', 'replace', 'remove', 'update']);
export const changeNoticeStatus = pgEnum('change_notice_status', [
  'draft',
  'announced',
  'effective',
  'withdrawn',
]);
export const deliveryState = pgEnum('delivery_state', [
  'queued',
  'sending',
  'sent',
  'failed',
  'bounced',
]);
export const objectionStatus = pgEnum('objection_status', [
  'open',
  'accepted',
  'rejected',
  'withdrawn',
]);
export const agreementStatus = pgEnum('agreement_status', ['active', 'superseded', 'terminated']);
export const remoteSupportOutcome = pgEnum('remote_support_outcome', ['granted', 'refused']);

// ---------------------------------------------------------------- provider settings
/** Exactly one row (id = 1): the provider's own data and policy settings. */
export const settings = pgTable(
  'settings',
  {
    id: integer('id').primaryKey().default(1),
    providerName: text('provider_name').notNull(),
    providerAddress: text('provider_address').notNull(),
    managingDirector: text('managing_director').notNull(),
    dpoName: text('dpo_name').notNull(),
    dpoEmail: text('dpo_email').notNull(),
    supportEmail: text('support_email').notNull(),
    supportPhone: text('support_phone').notNull(),
    noticePeriodDays: integer('notice_period_days').notNull().default(30),
    /** f10: call-list entries older than this are pruned by the worker. */
    callListRetentionDays: integer('call_list_retention_days').notNull().default(90),
    timeZone: text('time_zone').notNull().default('Europe/Berlin'),
    publicFeedEnabled: boolean('public_feed_enabled').notNull().default(false),
    /** Days after an organisation became eligible on which its signatories are reminded to sign (f11b). */
    dpaReminderDays: integer('dpa_reminder_days').array().notNull().default(sql`'{7,21,42}'::integer[]`),
    isSample: boolean('is_sample').notNull().default(false),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('settings_single_row', sql`${t.id} = 1`),
    check('settings_notice_period', sql`${t.noticePeriodDays} between 1 and 365`),
  ],
);

// ---------------------------------------------------------------- organisations
export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    customerNumber: text('customer_number').notNull(),
    legalName: text('legal_name').notNull(),
    street: text('street').notNull(),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    country: text('country').notNull().default('DE'),
    /** The language the organisation's mails and documents default to (issue 11). */
    locale: locale('locale').notNull().default('de'),
    /**
     * The customer is bound by professional secrecy (§ 203 StGB, § 43e BRAO, § 62a StBerG): its DPA
     * carries the professional-secrecy clause (lib/dpa/professional-secrecy-clause.ts). Set by admin.
     */
    professionalSecrecy: boolean('professional_secrecy').notNull().default(false),
    /** Archived organisations keep their agreements and history but leave the working lists. */
    archivedAt: tz('archived_at'),
    /** sha256 of the secret part of the organisation's Atom/iCal feed URL. */
    feedTokenHash: text('feed_token_hash'),
    isSample: boolean('is_sample').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_customer_number_key').on(t.customerNumber),
    // The support lookup and the ticket system find a customer number in any case (issue 14).
    index('organisations_lower_customer_number_idx').on(sql`lower(${t.customerNumber})`),
    uniqueIndex('organisations_feed_token_hash_key').on(t.feedTokenHash).where(sql`${t.feedTokenHash} is not null`),
    // German collation (migration 0006 creates it): the staff list's order, so its first pages need no sort.
    index('organisations_legal_name_idx').on(sql`${t.legalName} collate german`),
    // The staff home without a search term pages all organisations by lower(legal_name), id (issue 14).
    index('organisations_lower_legal_name_idx').on(sql`lower(${t.legalName})`, t.id),
    check('organisations_country', sql`${t.country} ~ '^[A-Z]{2}$'`),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: contactKind('kind').notNull(),
    name: text('name'),
    email: text('email').notNull(),
    locale: locale('locale').notNull().default('de'),
    /** Notice contacts receive nothing until they confirm by mail. */
    confirmedAt: tz('confirmed_at'),
    confirmTokenHash: text('confirm_token_hash'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('contacts_org_kind_email_key').on(t.orgId, t.kind, sql`lower(${t.email})`),
    index('contacts_email_idx').on(sql`lower(${t.email})`),
  ],
);

export const phoneNumbers = pgTable(
  'phone_numbers',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** Set when the number is a contact person's (direct line, mobile); null for the organisation's own. */
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'cascade' }),
    label: text('label'),
    display: text('display').notNull(),
    /** E.164, e.g. +497022123456 (lib/phone/normalize-phone.ts). */
    normalized: text('normalized').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('phone_numbers_normalized_idx').on(t.normalized),
    index('phone_numbers_org_idx').on(t.orgId),
    check('phone_numbers_normalized_e164', sql`${t.normalized} ~ '^\\+[1-9][0-9]{5,14}$'`),
  ],
);

// ---------------------------------------------------------------- services and contracts
export const services = pgTable(
  'services',
  {
    id: id(),
    code: text('code').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull(),
    processesPersonalData: boolean('processes_personal_data').notNull(),
    /** The catalogue's grouping (hosting, e-mail, support, ...), as the admin names it. */
    category: text('category').notNull().default(''),
    purpose: jsonb('purpose').$type<LocalizedText>().notNull(),
    dataCategories: jsonb('data_categories').$type<LocalizedText[]>().notNull().default([]),
    dataSubjects: jsonb('data_subjects').$type<LocalizedText[]>().notNull().default([]),
    /** Annex II (issue 13): special categories (Art. 9/10 GDPR) the service processes; empty = none. */
    specialCategories: jsonb('special_categories').$type<LocalizedText[]>().notNull().default([]),
    /** Annex II: nature of the processing, duration and retention; null = the annex's standard wording. */
    nature: jsonb('nature').$type<LocalizedText>(),
    duration: jsonb('duration').$type<LocalizedText>(),
    retention: jsonb('retention').$type<LocalizedText>(),
    /** Server logs of this service are deleted after this many days; backups holding them after the second (issue 12). */
    logRetentionDays: integer('log_retention_days').notNull().default(7),
    backupRetentionDays: integer('backup_retention_days').notNull().default(21),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('services_code_key').on(t.code),
    check('services_retention', sql`${t.logRetentionDays} between 1 and 3650 and ${t.backupRetentionDays} between ${t.logRetentionDays} and 3650`),
  ],
);

export const contracts = pgTable(
  'contracts',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    reference: text('reference').notNull(),
    status: contractStatus('status').notNull().default('active'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('contracts_one_active_per_service').on(t.orgId, t.serviceId).where(sql`${t.status} = 'active'`),
    index('contracts_org_idx').on(t.orgId),
    check('contracts_dates', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);

// ---------------------------------------------------------------- users, roles, Auth.js tables
export const users = pgTable(
  'users',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text('name'),
    email: text('email').notNull(),
    emailVerified: tz('email_verified'),
    image: text('image'),
    locale: locale('locale').notNull().default('de'),
    isSample: boolean('is_sample').notNull().default(false),
    /** A disabled person cannot sign in, and their sessions were ended when this was set. */
    disabledAt: tz('disabled_at'),
    createdAt: createdAt(),
    /** Set when the person asked for deletion: personal fields are pseudonymised at that moment (issue 12). */
    deletedAt: tz('deleted_at'),
  },
  (t) => [
    index('users_deleted_idx').on(t.deletedAt).where(sql`${t.deletedAt} is not null`),
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    check('users_email_lowercase', sql`${t.email} = lower(${t.email})`),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: membershipRole('role').notNull(),
    position: text('position'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('memberships_user_org_key').on(t.userId, t.orgId),
    index('memberships_org_idx').on(t.orgId),
  ],
);

export const staffRoles = pgTable(
  'staff_roles',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: staffRole('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const accounts = pgTable(
  'accounts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable(
  'sessions',
  {
    sessionToken: text('session_token').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Sliding expiry (inactivity); the absolute limit is counted from created_at. */
    expires: tz('expires').notNull(),
    createdAt: createdAt(),
    /** The device as the account page shows it (issue 12): browser and address at sign-in. */
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * An invitation by mail: into an organisation with a membership role (a signatory invites a
 * colleague), or to the staff with staff roles (an admin). Only the token's SHA-256 is stored; the
 * link works once (accepted_at) and until expires_at. Accepting creates the person if need be.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    email: text('email').notNull(),
    orgId: uuid('org_id').references(() => organisations.id, { onDelete: 'cascade' }),
    membershipRole: membershipRole('membership_role'),
    staffRoles: staffRole('staff_roles').array().notNull().default(sql`'{}'::staff_role[]`),
    locale: locale('locale').notNull().default('de'),
    tokenHash: text('token_hash').notNull(),
    invitedBy: text('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: tz('expires_at').notNull(),
    acceptedAt: tz('accepted_at'),
    acceptedBy: text('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: tz('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('invitations_token_hash_key').on(t.tokenHash),
    index('invitations_org_idx').on(t.orgId, t.createdAt),
    check('invitations_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check(
      'invitations_kind',
      sql`(${t.orgId} is not null and ${t.membershipRole} is not null and cardinality(${t.staffRoles}) = 0)
          or (${t.orgId} is null and ${t.membershipRole} is null and cardinality(${t.staffRoles}) > 0)`,
    ),
  ],
);

/** Auth.js stores only a hash of the magic-link token here; a row is deleted when used. */
export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: tz('expires').notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Fixed-window counters for rate limits; keys are hashed so no address is stored in clear. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    bucket: text('bucket').notNull(),
    keyHash: text('key_hash').notNull(),
    windowStart: tz('window_start').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.keyHash, t.windowStart] }),
    index('rate_limits_window_idx').on(t.windowStart),
  ],
);

// ---------------------------------------------------------------- DPA and TOMs versions
export const dpaTemplateVersions = pgTable(
  'dpa_template_versions',
  {
    id: id(),
    version: integer('version').notNull(),
    status: versionStatus('status').notNull().default('draft'),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    body: jsonb('body').$type<LocalizedText>().notNull(),
    changeSummary: jsonb('change_summary').$type<LocalizedText>(),
    contentSha256: text('content_sha256'),
    /**
     * The deadlines of the contract's deletion/return clause, in days after the services end, as
     * data (the text says the same in words): what a terminated agreement's page counts from its
     * termination date. Null when the version states no fixed deadlines.
     */
    exitDuties: jsonb('exit_duties').$type<ExitDuties>(),
    isSample: boolean('is_sample').notNull().default(false),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    publishedBy: text('published_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: tz('published_at'),
    createdAt: createdAt(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dpa_template_versions_version_key').on(t.version),
    check(
      'dpa_template_versions_published_complete',
      sql`${t.status} = 'draft' or (${t.contentSha256} is not null and ${t.publishedAt} is not null)`,
    ),
    // ExitDuties or null: three whole numbers of days, 0-3650, as dpaDraftSchema accepts them.
    check(
      'dpa_template_versions_exit_duties_shape',
      sql`${t.exitDuties} is null or (jsonb_typeof(${t.exitDuties}) = 'object'
        and ${exitDaysSql(t.exitDuties, 'returnRequestDays')} and ${exitDaysSql(t.exitDuties, 'productionDeletionDays')}
        and ${exitDaysSql(t.exitDuties, 'backupDeletionDays')})`,
    ),
  ],
);

/** One deadline of exit_duties is a JSON whole number 0-3650 (CASE: a CHECK may evaluate in any order). */
function exitDaysSql(column: AnyPgColumn, key: keyof ExitDuties) {
  const field = sql.raw(`'${key}'`);
  return sql`(case when jsonb_typeof(${column} -> ${field}) = 'number' and (${column} ->> ${field}) ~ '^[0-9]{1,4}$'
    then (${column} ->> ${field})::int <= 3650 else false end)`;
}

/** Days after the end of the services: return may be requested until, production data deleted by;
 * backups are cleared `backupDeletionDays` after the production deletion. */
export type ExitDuties = { returnRequestDays: number; productionDeletionDays: number; backupDeletionDays: number };

export type TomsSectionKey =
  | 'confidentiality'
  | 'integrity'
  | 'availability'
  | 'restore'
  | 'testing';
export type TomsSections = Record<TomsSectionKey, LocalizedText[]>;

export const tomsVersions = pgTable(
  'toms_versions',
  {
    id: id(),
    version: integer('version').notNull(),
    status: versionStatus('status').notNull().default('draft'),
    sections: jsonb('sections').$type<TomsSections>().notNull(),
    changeSummary: jsonb('change_summary').$type<LocalizedText>().notNull(),
    protectionNotLowered: boolean('protection_not_lowered').notNull().default(false),
    contentSha256: text('content_sha256'),
    isSample: boolean('is_sample').notNull().default(false),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    publishedBy: text('published_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: tz('published_at'),
    createdAt: createdAt(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('toms_versions_version_key').on(t.version),
    check(
      'toms_versions_published_complete',
      sql`${t.status} = 'draft' or (${t.contentSha256} is not null and ${t.publishedAt} is not null and ${t.protectionNotLowered})`,
    ),
  ],
);

// ---------------------------------------------------------------- subprocessor register
export const subprocessors = pgTable(
  'subprocessors',
  {
    id: id(),
    legalName: text('legal_name').notNull(),
    address: text('address').notNull(),
    country: text('country').notNull(),
    purpose: jsonb('purpose').$type<LocalizedText>().notNull(),
    dataCategories: jsonb('data_categories').$type<LocalizedText[]>().notNull().default([]),
    safeguard: transferSafeguard('safeguard').notNull(),
    safeguardNote: text('safeguard_note'),
    website: text('website'),
    status: subprocessorStatus('status').notNull().default('planned'),
    activeFrom: date('active_from', { mode: 'string' }),
    activeUntil: date('active_until', { mode: 'string' }),
    isSample: boolean('is_sample').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('subprocessors_country', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check(
      'subprocessors_dates',
      sql`${t.activeUntil} is null or ${t.activeFrom} is null or ${t.activeUntil} >= ${t.activeFrom}`,
    ),
    check(
      'subprocessors_active_has_start',
      sql`${t.status} <> 'active' or ${t.activeFrom} is not null`,
    ),
  ],
);

export const subprocessorServices = pgTable(
  'subprocessor_services',
  {
    subprocessorId: uuid('subprocessor_id')
      .notNull()
      .references(() => subprocessors.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.subprocessorId, t.serviceId] }),
    index('subprocessor_services_service_idx').on(t.serviceId),
  ],
);

// ---------------------------------------------------------------- change notices and notification
export const changeNotices = pgTable(
  'change_notices',
  {
    id: id(),
    kind: changeKind('kind').notNull(),
    subprocessorId: uuid('subprocessor_id')
      .notNull()
      .references(() => subprocessors.id),
    replacesSubprocessorId: uuid('replaces_subprocessor_id').references(() => subprocessors.id),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull(),
    status: changeNoticeStatus('status').notNull().default('draft'),
    isEmergency: boolean('is_emergency').notNull().default(false),
    emergencyReason: text('emergency_reason'),
    announcedAt: tz('announced_at'),
    effectiveAt: tz('effective_at').notNull(),
    /**
     * Objections are accepted while now < this moment; fixed at announcement. Normally the effective
     * time; for an emergency replacement (effective at once, still objectable) the end of the regular
     * notice period.
     */
    objectionsCloseAt: tz('objections_close_at'),
    appliedAt: tz('applied_at'),
    withdrawnAt: tz('withdrawn_at'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    announcedBy: text('announced_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('change_notices_status_effective_idx').on(t.status, t.effectiveAt),
    check(
      'change_notices_emergency_reason',
      sql`not ${t.isEmergency} or length(trim(coalesce(${t.emergencyReason}, ''))) > 0`,
    ),
    check('change_notices_replace_target', sql`${t.kind} <> 'replace' or ${t.replacesSubprocessorId} is not null`),
    check(
      'change_notices_announced_time',
      sql`${t.status} = 'draft' or (${t.announcedAt} is not null and ${t.objectionsCloseAt} is not null)`,
    ),
    check(
      'change_notices_effective_after_announce',
      sql`${t.announcedAt} is null or ${t.effectiveAt} >= ${t.announcedAt}`,
    ),
  ],
);

export const changeNoticeServices = pgTable(
  'change_notice_services',
  {
    changeNoticeId: uuid('change_notice_id')
      .notNull()
      .references(() => changeNotices.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
  },
  (t) => [primaryKey({ columns: [t.changeNoticeId, t.serviceId] })],
);

/** One change notice for one affected organisation. */
export const notices = pgTable(
  'notices',
  {
    id: id(),
    changeNoticeId: uuid('change_notice_id')
      .notNull()
      .references(() => changeNotices.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /**
     * This organisation's own end of the objection period, when it received the notice after the
     * announcement (it signed or booked while the change was pending, decision 0081); null: the
     * change notice's objections_close_at applies.
     */
    objectionsCloseAt: tz('objections_close_at'),
    /**
     * When the change takes effect for this organisation, if later than the change notice's: its
     * agreement promises a longer notice period than the announcement used (decision 0094); null:
     * the change notice's effective_at applies.
     */
    effectiveAt: tz('effective_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('notices_change_notice_org_key').on(t.changeNoticeId, t.orgId),
    index('notices_org_idx').on(t.orgId),
  ],
);

export const noticeReads = pgTable(
  'notice_reads',
  {
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    readAt: tz('read_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.userId] })],
);

/** One notice to one recipient address; the outbox the mail worker claims with SKIP LOCKED. */
export const deliveries = pgTable(
  'deliveries',
  {
    id: id(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    recipient: text('recipient').notNull(),
    locale: locale('locale').notNull().default('de'),
    state: deliveryState('state').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: tz('next_attempt_at').notNull().defaultNow(),
    lockedUntil: tz('locked_until'),
    messageId: text('message_id').notNull(),
    lastError: text('last_error'),
    sentAt: tz('sent_at'),
    createdAt: createdAt(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('deliveries_notice_recipient_key').on(t.noticeId, sql`lower(${t.recipient})`),
    uniqueIndex('deliveries_message_id_key').on(t.messageId),
    index('deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.state} = 'queued'`),
    check('deliveries_attempts', sql`${t.attempts} >= 0`),
  ],
);

export const objections = pgTable(
  'objections',
  {
    id: id(),
    changeNoticeId: uuid('change_notice_id')
      .notNull()
      .references(() => changeNotices.id),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    status: objectionStatus('status').notNull().default('open'),
    reason: text('reason').notNull(),
    filedBy: text('filed_by').references(() => users.id, { onDelete: 'set null' }),
    filedAt: tz('filed_at').notNull().defaultNow(),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: tz('decided_at'),
    decisionNote: text('decision_note'),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('objections_change_notice_org_key').on(t.changeNoticeId, t.orgId),
    index('objections_status_idx').on(t.status),
    // One organisation's objections (support view, its annex, its notices) at 100,000 organisations,
    // and the staff's latest decisions without sorting every decided objection (issue 14).
    index('objections_org_idx').on(t.orgId),
    index('objections_decided_idx').on(t.decidedAt).where(sql`${t.status} in ('accepted', 'rejected')`),
    // The decided objections keyset-paged newest first (decision 0135): decided_at, then id, so a
    // page after a cursor reads 51 index entries instead of sorting every older decision.
    index('objections_decided_id_idx').on(t.decidedAt, t.id).where(sql`${t.status} in ('accepted', 'rejected')`),
    check('objections_reason_length', sql`length(trim(${t.reason})) between 1 and 4000`),
    check(
      'objections_decided',
      sql`${t.status} not in ('accepted', 'rejected') or ${t.decidedAt} is not null`,
    ),
  ],
);

// ---------------------------------------------------------------- agreements
/** An Annex I contact person; `role` says which list the person comes from (Funktion shown for notice/dpo/support). */
export type AnnexContactPerson = { role: 'signatory' | 'notice' | 'dpo' | 'support'; name: string | null; position: string | null; email: string; phone?: string | null };

export type AnnexSnapshot = {
  parties: { provider: Record<string, string>; customer: Record<string, string> };
  /**
   * Annex II per service. The fields after `purpose` (issue 13) hold the wording as frozen, with the
   * standard wording already filled in where the service has none; optional only for snapshots
   * frozen before they were recorded.
   */
  services: {
    code: string;
    name: LocalizedText;
    dataCategories: LocalizedText[];
    dataSubjects: LocalizedText[];
    purpose: LocalizedText;
    specialCategories?: LocalizedText[];
    nature?: LocalizedText;
    duration?: LocalizedText;
    retention?: LocalizedText;
  }[];
  /** Annex I contact persons of both parties (EU SCC 2021/915, Annex I); absent in older snapshots. */
  contactPersons?: { customer: AnnexContactPerson[]; provider: AnnexContactPerson[] };
  /** Annex I signature: who signed for the customer and the local date; added at signing only. */
  signature?: { name: string; position: string; email: string | null; date: string };
  /** The professional-secrecy clause as agreed (§ 203 StGB, § 43e BRAO, § 62a StBerG); only when the organisation is flagged. */
  professionalSecrecyClause?: LocalizedText;
  /**
   * Annex IV as § 8(1) promises (issue 13): company, address, country, activity, data categories,
   * safeguard (with its note) and a contact. The last four are optional only for snapshots frozen
   * before they were recorded.
   */
  subprocessors: {
    id: string;
    legalName: string;
    country: string;
    purpose: LocalizedText;
    safeguard: string;
    address?: string;
    dataCategories?: LocalizedText[];
    safeguardNote?: string | null;
    contact?: string | null;
  }[];
};

export const agreements = pgTable(
  'agreements',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    templateVersionId: uuid('template_version_id')
      .notNull()
      .references(() => dpaTemplateVersions.id),
    tomsVersionId: uuid('toms_version_id')
      .notNull()
      .references(() => tomsVersions.id),
    status: agreementStatus('status').notNull().default('active'),
    annexSnapshot: jsonb('annex_snapshot').$type<AnnexSnapshot>().notNull(),
    annexSha256: text('annex_sha256').notNull(),
    signerUserId: text('signer_user_id').references(() => users.id, { onDelete: 'set null' }),
    signerName: text('signer_name').notNull(),
    signerPosition: text('signer_position').notNull(),
    authorityConfirmed: boolean('authority_confirmed').notNull(),
    signedAt: tz('signed_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    consentTextSha256: text('consent_text_sha256').notNull(),
    locale: locale('locale').notNull().default('de'),
    pdf: bytea('pdf'),
    pdfSha256: text('pdf_sha256'),
    /** SHA-256 of the seal certificate the PDF was sealed with (lib/seal), hex. */
    sealCertificateSha256: text('seal_certificate_sha256'),
    /** The RFC 3161 time of the seal's timestamp, when a TSA gave one (PAdES B-T). */
    sealTimestamp: tz('seal_timestamp'),
    /** The e-mail address the signer was authenticated with (magic link or OIDC), at signing. */
    signerEmail: text('signer_email'),
    /** When the signer's session began (sign-in time), if known. */
    signerSignedInAt: tz('signer_signed_in_at'),
    /** The notice period for subprocessor changes as filled into this contract (frozen at signing). */
    noticePeriodDays: integer('notice_period_days'),
    /** The consent_texts version whose text (filled) was shown; consent_text_sha256 is its hash. */
    consentTextVersion: integer('consent_text_version'),
    /** The contract text as signed, filled with the frozen terms: German (governing) and English. */
    contractText: jsonb('contract_text').$type<LocalizedText>(),
    /** SHA-256 over the frozen terms and contract_text (lib/dpa/frozen-terms.ts). */
    contractSha256: text('contract_sha256'),
    supersededAt: tz('superseded_at'),
    supersededById: uuid('superseded_by_id'),
    terminatedAt: tz('terminated_at'),
    isSample: boolean('is_sample').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('agreements_one_active_per_org').on(t.orgId).where(sql`${t.status} = 'active'`),
    index('agreements_org_idx').on(t.orgId),
    uniqueIndex('agreements_pdf_sha256_key').on(t.pdfSha256),
    check('agreements_authority_confirmed', sql`${t.authorityConfirmed}`),
    check('agreements_signer_name', sql`length(trim(${t.signerName})) between 2 and 200`),
  ],
);

/**
 * The consent sentence shown next to the sign button, versioned: the text with its {legalName} and
 * {version} placeholders, per language. Rows are never changed or deleted, so the consent hash of
 * any agreement can always be recomputed from the version it records.
 */
export const consentTexts = pgTable(
  'consent_texts',
  {
    version: integer('version').notNull(),
    locale: locale('locale').notNull(),
    text: text('text').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.version, t.locale] })],
);

export const remoteSupportAuthorisations = pgTable(
  'remote_support_authorisations',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    agentUserId: text('agent_user_id').references(() => users.id, { onDelete: 'set null' }),
    agreementId: uuid('agreement_id').references(() => agreements.id),
    ticketReference: text('ticket_reference').notNull(),
    outcome: remoteSupportOutcome('outcome').notNull(),
    reason: text('reason'),
    createdAt: createdAt(),
    // f10 (issue 10): a granted row is a remote-support session; a refused one the recorded refusal.
    /** The support action asked for: remote_support, log_analysis, software_installation, monitoring. */
    action: text('action').notNull().default('remote_support'),
    /** The remote tool (TeamViewer, AnyDesk, ...). */
    tool: text('tool'),
    /** The API token that started it, when the ticket system did (agentUserId is then null). */
    tokenId: uuid('token_id').references(() => apiTokens.id, { onDelete: 'set null' }),
    endedAt: tz('ended_at'),
  },
  (t) => [
    index('remote_support_org_idx').on(t.orgId, t.createdAt),
    check('remote_support_granted_needs_agreement', sql`${t.outcome} <> 'granted' or ${t.agreementId} is not null`),
    check('remote_support_ended_after_start', sql`${t.endedAt} is null or (${t.outcome} = 'granted' and ${t.endedAt} >= ${t.createdAt})`),
  ],
);

/**
 * The phone system's call list (issue 10): what caller identification found for an incoming number.
 * The number itself is never stored, only an HMAC of its E.164 form with CALLS_HMAC_KEY. A caller
 * who objects gets the call's entries anonymised (the time stays, everything else goes).
 */
export const callListEntries = pgTable(
  'call_list_entries',
  {
    id: id(),
    /** Groups the entries of one call (the phone system's call id, or one per lookup). */
    callId: text('call_id'),
    numberHmac: text('number_hmac'),
    orgId: uuid('org_id').references(() => organisations.id, { onDelete: 'set null' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    serviceContract: boolean('service_contract'),
    anonymisedAt: tz('anonymised_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('call_list_created_idx').on(t.createdAt),
    index('call_list_call_idx').on(t.callId),
    check('call_list_anonymised', sql`${t.anonymisedAt} is null or (${t.numberHmac} is null and ${t.orgId} is null and ${t.contactId} is null and ${t.callId} is null)`),
  ],
);

/** DPA invitations sent from the support desk: at most one per organisation and day (unique), audited. */
export const dpaInvitations = pgTable(
  'dpa_invitations',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    sentBy: text('sent_by').references(() => users.id, { onDelete: 'set null' }),
    /** The calendar day (provider time zone) the invitation counts against. */
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    recipients: integer('recipients').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('dpa_invitations_org_day_key').on(t.orgId, t.sentOn)],
);

// ---------------------------------------------------------------- machines: API tokens, webhooks
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    name: text('name').notNull(),
    /** sha256 of the secret; the secret itself is shown once and never stored. */
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    scopes: text('scopes').array().notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    lastUsedAt: tz('last_used_at'),
    expiresAt: tz('expires_at'),
    revokedAt: tz('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_token_hash_key').on(t.tokenHash)],
);

export const webhooks = pgTable(
  'webhooks',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    /** The Standard Webhooks signing secret, `whsec_` + base64 of 32 random bytes; the worker signs with it. */
    secret: text('secret').notNull(),
    active: boolean('active').notNull().default(true),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('webhooks_org_idx').on(t.orgId),
    check('webhooks_https', sql`${t.url} like 'https://%' or ${t.url} like 'http://127.0.0.1%' or ${t.url} like 'http://localhost%'`),
  ],
);

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    webhookId: uuid('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    noticeId: uuid('notice_id').references(() => notices.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    payload: jsonb('payload').notNull(),
    state: deliveryState('state').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: tz('next_attempt_at').notNull().defaultNow(),
    lockedUntil: tz('locked_until'),
    responseStatus: integer('response_status'),
    lastError: text('last_error'),
    sentAt: tz('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_once').on(t.webhookId, t.noticeId, t.event),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.state} = 'queued'`),
  ],
);

// ---------------------------------------------------------------- mail
/**
 * Every mail the portal sends, written in the transaction that causes it (an outbox). A row holds
 * what to say, not the text: a template name (lib/mail/templates), its parameters as data and the
 * recipient's language; the text is rendered when the mail is sent (or shown in the development
 * mailbox, which lists these rows when SMTP_URL is unset).
 */
export const mails = pgTable(
  'mails',
  {
    id: id(),
    to: text('to').notNull(),
    template: text('template').notNull(),
    locale: locale('locale').notNull().default('de'),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    /** The signed PDF of this agreement goes along as an attachment (read at send time, never copied). */
    attachmentAgreementId: uuid('attachment_agreement_id').references(() => agreements.id),
    /** A mail to a notice contact: sent with that contact's List-Unsubscribe headers (RFC 8058). */
    unsubscribeContactId: uuid('unsubscribe_contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    messageId: text('message_id').notNull(),
    state: deliveryState('state').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: tz('next_attempt_at').notNull().defaultNow(),
    lockedUntil: tz('locked_until'),
    lastError: text('last_error'),
    sentAt: tz('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('mails_message_id_key').on(t.messageId),
    index('mails_due_idx').on(t.nextAttemptAt).where(sql`${t.state} = 'queued'`),
    index('mails_created_idx').on(t.createdAt),
  ],
);

/**
 * Reminders to sign the DPA (issue 11): one row per organisation and schedule step (days after it
 * became eligible), written with the mails in one transaction, so a step is sent once.
 */
export type DpaReminderReason = 'none' | 'outdated';

export const dpaReminders = pgTable(
  'dpa_reminders',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    afterDays: integer('after_days').notNull(),
    /** The day the schedule counts from: eligibility without an agreement, or the publication of
     * the version an organisation on an older one is asked to sign. */
    eligibleSince: date('eligible_since', { mode: 'string' }).notNull(),
    /** 'none': no agreement yet; 'outdated': an active agreement on an older version. */
    reason: text('reason').$type<DpaReminderReason>().notNull().default('none'),
    recipients: integer('recipients').notNull(),
    sentAt: tz('sent_at').notNull(),
  },
  (t) => [
    uniqueIndex('dpa_reminders_org_step_key').on(t.orgId, t.eligibleSince, t.afterDays),
    index('dpa_reminders_sent_idx').on(t.sentAt, t.id),
    check('dpa_reminders_reason', sql`${t.reason} in ('none', 'outdated')`),
  ],
);

// ---------------------------------------------------------------- audit log
/**
 * Append-only and hash-chained: hash = sha256(canonical form incl. prev_hash). A trigger in the
 * migrations refuses UPDATE, DELETE and TRUNCATE, so even the application cannot rewrite history.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: tz('at').notNull(),
    actorUserId: text('actor_user_id'),
    actorRole: text('actor_role').notNull(),
    orgId: uuid('org_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_events_hash_key').on(t.hash),
    index('audit_events_org_idx').on(t.orgId, t.seq),
    // The audit log page filters by one of these and pages by seq, newest first (keyset).
    index('audit_events_action_seq_idx').on(t.action, t.seq),
    index('audit_events_actor_seq_idx').on(t.actorUserId, t.seq),
    index('audit_events_at_idx').on(t.at),
    check('audit_events_seq_positive', sql`${t.seq} > 0`),
  ],
);

export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
export type Contact = typeof contacts.$inferSelect;
export type Service = typeof services.$inferSelect;
export type Contract = typeof contracts.$inferSelect;
export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type MembershipRole = (typeof membershipRole.enumValues)[number];
export type StaffRole = (typeof staffRole.enumValues)[number];
export type Locale = (typeof locale.enumValues)[number];
export type Settings = typeof settings.$inferSelect;
export type DpaTemplateVersion = typeof dpaTemplateVersions.$inferSelect;
export type TomsVersion = typeof tomsVersions.$inferSelect;
export type Subprocessor = typeof subprocessors.$inferSelect;
export type ChangeNotice = typeof changeNotices.$inferSelect;
export type Notice = typeof notices.$inferSelect;
export type Delivery = typeof deliveries.$inferSelect;
export type Objection = typeof objections.$inferSelect;
export type Agreement = typeof agreements.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
export type Mail = typeof mails.$inferSelect;
