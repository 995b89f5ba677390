import 'server-only';
// Every catalogue, imported statically: mails, PDFs and the worker translate outside a request and
// cannot await a dynamic import. One JSON file per namespace and language, named like its key prefix
// (messages/de/dpa.json holds dpa.*). A new namespace is added here and in both folders;
// lib/i18n/catalogues.test.ts fails if a file is missing or the languages differ.
import de_adminImport from './messages/de/adminImport.json';
import de_adminOrgs from './messages/de/adminOrgs.json';
import de_adminServices from './messages/de/adminServices.json';
import de_adminSettings from './messages/de/adminSettings.json';
import de_audit from './messages/de/audit.json';
import de_account from './messages/de/account.json';
import de_auth from './messages/de/auth.json';
import de_changeNotice from './messages/de/changeNotice.json';
import de_common from './messages/de/common.json';
import de_dashboard from './messages/de/dashboard.json';
import de_document from './messages/de/document.json';
import de_dpa from './messages/de/dpa.json';
import de_dpaStatus from './messages/de/dpaStatus.json';
import de_errorPage from './messages/de/errorPage.json';
import de_evidence from './messages/de/evidence.json';
import de_feeds from './messages/de/feeds.json';
import de_footer from './messages/de/footer.json';
import de_forbidden from './messages/de/forbidden.json';
import de_governingText from './messages/de/governingText.json';
import de_home from './messages/de/home.json';
import de_kit from './messages/de/kit.json';
import de_legal from './messages/de/legal.json';
import de_mail from './messages/de/mail.json';
import de_lifecycle from './messages/de/lifecycle.json';
import de_mailbox from './messages/de/mailbox.json';
import de_nav from './messages/de/nav.json';
import de_notFound from './messages/de/notFound.json';
import de_notices from './messages/de/notices.json';
import de_objections from './messages/de/objections.json';
import de_objectionReceipt from './messages/de/objectionReceipt.json';
import de_pagination from './messages/de/pagination.json';
import de_people from './messages/de/people.json';
import de_portalNotices from './messages/de/portalNotices.json';
import de_privacyNotice from './messages/de/privacyNotice.json';
import de_records from './messages/de/records.json';
import de_register from './messages/de/register.json';
import de_seal from './messages/de/seal.json';
import de_security from './messages/de/security.json';
import de_signingEvidence from './messages/de/signingEvidence.json';
import de_staff from './messages/de/staff.json';
import de_subscriptions from './messages/de/subscriptions.json';
import de_support from './messages/de/support.json';
import de_supportDesk from './messages/de/supportDesk.json';
import de_ui from './messages/de/ui.json';
import de_validation from './messages/de/validation.json';
import de_verify from './messages/de/verify.json';
import de_versions from './messages/de/versions.json';
import en_adminImport from './messages/en/adminImport.json';
import en_adminOrgs from './messages/en/adminOrgs.json';
import en_adminServices from './messages/en/adminServices.json';
import en_adminSettings from './messages/en/adminSettings.json';
import en_audit from './messages/en/audit.json';
import en_account from './messages/en/account.json';
import en_auth from './messages/en/auth.json';
import en_changeNotice from './messages/en/changeNotice.json';
import en_common from './messages/en/common.json';
import en_dashboard from './messages/en/dashboard.json';
import en_document from './messages/en/document.json';
import en_dpa from './messages/en/dpa.json';
import en_dpaStatus from './messages/en/dpaStatus.json';
import en_errorPage from './messages/en/errorPage.json';
import en_evidence from './messages/en/evidence.json';
import en_feeds from './messages/en/feeds.json';
import en_footer from './messages/en/footer.json';
import en_forbidden from './messages/en/forbidden.json';
import en_governingText from './messages/en/governingText.json';
import en_home from './messages/en/home.json';
import en_kit from './messages/en/kit.json';
import en_legal from './messages/en/legal.json';
import en_mail from './messages/en/mail.json';
import en_lifecycle from './messages/en/lifecycle.json';
import en_mailbox from './messages/en/mailbox.json';
import en_nav from './messages/en/nav.json';
import en_notFound from './messages/en/notFound.json';
import en_notices from './messages/en/notices.json';
import en_objections from './messages/en/objections.json';
import en_objectionReceipt from './messages/en/objectionReceipt.json';
import en_pagination from './messages/en/pagination.json';
import en_people from './messages/en/people.json';
import en_portalNotices from './messages/en/portalNotices.json';
import en_privacyNotice from './messages/en/privacyNotice.json';
import en_records from './messages/en/records.json';
import en_register from './messages/en/register.json';
import en_seal from './messages/en/seal.json';
import en_security from './messages/en/security.json';
import en_signingEvidence from './messages/en/signingEvidence.json';
import en_staff from './messages/en/staff.json';
import en_subscriptions from './messages/en/subscriptions.json';
import en_support from './messages/en/support.json';
import en_supportDesk from './messages/en/supportDesk.json';
import en_ui from './messages/en/ui.json';
import en_validation from './messages/en/validation.json';
import en_verify from './messages/en/verify.json';
import en_versions from './messages/en/versions.json';

const de = {
  adminImport: de_adminImport,
  adminOrgs: de_adminOrgs,
  adminServices: de_adminServices,
  adminSettings: de_adminSettings,
  audit: de_audit,
  account: de_account,
  auth: de_auth,
  changeNotice: de_changeNotice,
  common: de_common,
  dashboard: de_dashboard,
  document: de_document,
  dpa: de_dpa,
  dpaStatus: de_dpaStatus,
  errorPage: de_errorPage,
  evidence: de_evidence,
  feeds: de_feeds,
  footer: de_footer,
  forbidden: de_forbidden,
  governingText: de_governingText,
  home: de_home,
  kit: de_kit,
  legal: de_legal,
  lifecycle: de_lifecycle,
  mail: de_mail,
  mailbox: de_mailbox,
  nav: de_nav,
  notFound: de_notFound,
  notices: de_notices,
  objections: de_objections,
  objectionReceipt: de_objectionReceipt, // f13a
  pagination: de_pagination,
  people: de_people,
  portalNotices: de_portalNotices,
  privacyNotice: de_privacyNotice,
  records: de_records,
  register: de_register,
  seal: de_seal,
  security: de_security,
  signingEvidence: de_signingEvidence,
  staff: de_staff,
  subscriptions: de_subscriptions,
  support: de_support,
  supportDesk: de_supportDesk,
  ui: de_ui,
  validation: de_validation,
  verify: de_verify,
  versions: de_versions,
};

/** The German catalogue is the reference: its shape types every key (see next-intl.d.ts). */
export type Catalogue = typeof de;

const en: Catalogue = {
  adminImport: en_adminImport,
  adminOrgs: en_adminOrgs,
  adminServices: en_adminServices,
  adminSettings: en_adminSettings,
  audit: en_audit,
  account: en_account,
  auth: en_auth,
  changeNotice: en_changeNotice,
  common: en_common,
  dashboard: en_dashboard,
  document: en_document,
  dpa: en_dpa,
  dpaStatus: en_dpaStatus,
  errorPage: en_errorPage,
  evidence: en_evidence,
  feeds: en_feeds,
  footer: en_footer,
  forbidden: en_forbidden,
  governingText: en_governingText,
  home: en_home,
  kit: en_kit,
  legal: en_legal,
  lifecycle: en_lifecycle,
  mail: en_mail,
  mailbox: en_mailbox,
  nav: en_nav,
  notFound: en_notFound,
  notices: en_notices,
  objections: en_objections,
  objectionReceipt: en_objectionReceipt, // f13a
  pagination: en_pagination,
  people: en_people,
  portalNotices: en_portalNotices,
  privacyNotice: en_privacyNotice,
  records: en_records,
  register: en_register,
  seal: en_seal,
  security: en_security,
  signingEvidence: en_signingEvidence,
  staff: en_staff,
  subscriptions: en_subscriptions,
  support: en_support,
  supportDesk: en_supportDesk,
  ui: en_ui,
  validation: en_validation,
  verify: en_verify,
  versions: en_versions,
};

export const catalogues = { de, en } as const;
export type Namespace = keyof Catalogue;
export const namespaces = Object.keys(de) as Namespace[];
