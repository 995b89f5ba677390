import { demoAccounts, demoNotEligibleSignatory, demoOrgs, demoPhone } from './demo-accounts';
import type { ServiceCode } from './services';

// About 25 fictitious customers in every state the portal knows: an active agreement on the
// current DPA version (some with a superseded older one), on the older version, eligible without
// a DPA, and not eligible (only a non-personal-data service, or no active contract any more).
// All times are "days before the seed day", so the demo stays realistic whenever it is started.

export type DemoPerson = {
  name: string;
  email: string;
  role: 'signatory' | 'member';
  position: string;
  locale?: 'de' | 'en';
};

export type DemoContract = { service: ServiceCode; startedDaysAgo: number; endedDaysAgo?: number };

/** A signature; an organisation's signatures are listed oldest first, each superseding the one before. */
export type DemoSignature = { version: 1 | 2; daysAgo: number; signer: string };

export type DemoOrganisation = {
  customerNumber: string;
  legalName: string;
  street: string;
  postalCode: string;
  city: string;
  generalEmail: string;
  people: DemoPerson[];
  contracts: DemoContract[];
  noticeContacts?: { name: string; email: string; confirmed: boolean; locale?: 'de' | 'en' }[];
  /** `person`: the e-mail of one of `people` whose own line this is (a direct line or mobile). */
  phones: { label: string; display: string; person?: string }[];
  signatures?: DemoSignature[];
  /** The last agreement was terminated (the customer left) this many days ago. */
  terminatedDaysAgo?: number;
};

const externalDpoSchaefer = { name: 'Markus Schäfer (Datenschutzberatung Schäfer)', email: 'm.schaefer@datenschutz-schaefer.example', confirmed: true };
const externalDpoSuedwest = { name: 'Datenschutz Südwest GmbH', email: 'kontakt@datenschutz-suedwest.example', confirmed: true };

export const demoOrganisations: DemoOrganisation[] = [
  {
    customerNumber: demoOrgs.current,
    legalName: 'Bäckerei Hofmann GmbH & Co. KG',
    street: 'Marktstraße 14', postalCode: '72622', city: 'Nürtingen',
    generalEmail: 'info@baeckerei-hofmann.example',
    people: [
      { name: 'Anna Becker', email: demoAccounts.signatory, role: 'signatory', position: 'Geschäftsführerin' },
      { name: 'Jonas Wolf', email: demoAccounts.member, role: 'member', position: 'Büroleiter' },
    ],
    contracts: [
      { service: 'webhosting', startedDaysAgo: 1200 },
      { service: 'email', startedDaysAgo: 1200 },
      { service: 'domain', startedDaysAgo: 1200 },
      { service: 'remote-support', startedDaysAgo: 500 },
    ],
    noticeContacts: [externalDpoSchaefer],
    phones: [
      { label: 'Zentrale', display: demoPhone.display },
      { label: 'Filiale Wendlingen', display: '07024 80 55 12' },
      { label: 'Mobil', display: '0171 4839202', person: demoAccounts.signatory },
      { label: 'Durchwahl', display: '07022 12 34-17', person: demoAccounts.member },
    ],
    signatures: [
      { version: 1, daysAgo: 600, signer: demoAccounts.signatory },
      { version: 2, daysAgo: 40, signer: demoAccounts.signatory },
    ],
  },
  {
    customerNumber: demoOrgs.none,
    legalName: 'Kanzlei Krause Rechtsanwälte PartG mbB',
    street: 'Königstraße 28', postalCode: '70173', city: 'Stuttgart',
    generalEmail: 'kanzlei@kanzlei-krause.example',
    people: [
      { name: 'Lena Krause', email: demoAccounts.otherSignatory, role: 'signatory', position: 'Rechtsanwältin, Partnerin' },
      { name: 'Daniel Ott', email: 'd.ott@kanzlei-krause.example', role: 'member', position: 'Kanzleimanager' },
    ],
    contracts: [
      { service: 'email', startedDaysAgo: 300 },
      { service: 'webhosting', startedDaysAgo: 300 },
      { service: 'domain', startedDaysAgo: 300 },
    ],
    phones: [
      { label: 'Kanzlei', display: '0711 2293 440' },
      { label: 'Durchwahl', display: '0711 2293 44-21', person: demoAccounts.otherSignatory },
    ],
  },
  {
    customerNumber: demoOrgs.outdated,
    legalName: 'Yilmaz Logistik GmbH',
    street: 'Daimlerstraße 7', postalCode: '73037', city: 'Göppingen',
    generalEmail: 'info@yilmaz-logistik.example',
    people: [
      { name: 'Mehmet Yilmaz', email: demoAccounts.outdatedSignatory, role: 'signatory', position: 'Geschäftsführer' },
      { name: 'Elif Yilmaz', email: 'e.yilmaz@yilmaz-logistik.example', role: 'member', position: 'Leiterin Disposition' },
    ],
    contracts: [
      { service: 'managed-server', startedDaysAgo: 800 },
      { service: 'monitoring', startedDaysAgo: 800 },
      { service: 'email', startedDaysAgo: 800 },
    ],
    phones: [
      { label: 'Zentrale', display: '0049 7161 60 44 0' },
      { label: 'Bereitschaft', display: '0172 3456789' },
      { label: 'Mobil', display: '0152 28841907', person: demoAccounts.outdatedSignatory },
    ],
    signatures: [{ version: 1, daysAgo: 780, signer: demoAccounts.outdatedSignatory }],
  },
  {
    customerNumber: demoOrgs.notEligible,
    legalName: 'Gärtnerei Lindner e.K.',
    street: 'Gartenweg 3', postalCode: '72574', city: 'Bad Urach',
    generalEmail: 'post@gaertnerei-lindner.example',
    people: [
      { name: 'Petra Lindner', email: demoNotEligibleSignatory, role: 'signatory', position: 'Inhaberin' },
    ],
    contracts: [{ service: 'domain', startedDaysAgo: 900 }],
    phones: [{ label: 'Gärtnerei', display: '07125 / 9 40 21' }],
  },
  {
    customerNumber: 'K-10005',
    legalName: 'Autohaus Seitz GmbH',
    street: 'Stuttgarter Straße 120', postalCode: '72766', city: 'Reutlingen',
    generalEmail: 'info@autohaus-seitz.example',
    people: [
      { name: 'Thomas Seitz', email: 't.seitz@autohaus-seitz.example', role: 'signatory', position: 'Geschäftsführer' },
      { name: 'Sabine Roth', email: 's.roth@autohaus-seitz.example', role: 'member', position: 'IT-Koordinatorin' },
    ],
    contracts: [
      { service: 'webhosting', startedDaysAgo: 1100 },
      { service: 'email', startedDaysAgo: 1100 },
      { service: 'remote-support', startedDaysAgo: 1100 },
      { service: 'managed-server', startedDaysAgo: 700 },
      { service: 'monitoring', startedDaysAgo: 700 },
    ],
    noticeContacts: [{ name: 'Sabine Roth', email: 'datenschutz@autohaus-seitz.example', confirmed: true }],
    phones: [
      { label: 'Verkauf', display: '07121 345 67-0' },
      { label: 'Werkstatt', display: '+49 7121 345 67-20' },
      { label: 'Durchwahl', display: '07121 345 67-31', person: 's.roth@autohaus-seitz.example' },
    ],
    signatures: [
      { version: 1, daysAgo: 650, signer: 't.seitz@autohaus-seitz.example' },
      { version: 2, daysAgo: 20, signer: 't.seitz@autohaus-seitz.example' },
    ],
  },
  {
    customerNumber: 'K-10006',
    legalName: 'Zahnarztpraxis Dr. Meier & Kollegen',
    street: 'Bahnhofstraße 5', postalCode: '73728', city: 'Esslingen am Neckar',
    generalEmail: 'praxis@zahnarzt-meier.example',
    people: [
      { name: 'Dr. Claudia Meier', email: 'c.meier@zahnarzt-meier.example', role: 'signatory', position: 'Praxisinhaberin' },
      { name: 'Nina Schulte', email: 'n.schulte@zahnarzt-meier.example', role: 'member', position: 'Praxismanagerin' },
    ],
    contracts: [
      { service: 'email', startedDaysAgo: 700 },
      { service: 'remote-support', startedDaysAgo: 700 },
    ],
    noticeContacts: [externalDpoSuedwest],
    phones: [{ label: 'Praxis', display: '0711 / 31 20 45' }],
    signatures: [{ version: 1, daysAgo: 690, signer: 'c.meier@zahnarzt-meier.example' }],
  },
  {
    customerNumber: 'K-10007',
    legalName: 'Schreinerei Bauer e.K.',
    street: 'Sägewerkstraße 11', postalCode: '72631', city: 'Aichtal',
    generalEmail: 'info@schreinerei-bauer.example',
    people: [
      { name: 'Michael Bauer', email: 'm.bauer@schreinerei-bauer.example', role: 'signatory', position: 'Inhaber' },
    ],
    contracts: [
      { service: 'webhosting', startedDaysAgo: 400 },
      { service: 'domain', startedDaysAgo: 400 },
    ],
    phones: [{ label: 'Werkstatt', display: '07127 5 66 13' }],
    signatures: [{ version: 2, daysAgo: 60, signer: 'm.bauer@schreinerei-bauer.example' }],
  },
  {
    customerNumber: 'K-10008',
    legalName: 'Steuerberatung Neumann & Partner mbB',
    street: 'Schillerplatz 4', postalCode: '71638', city: 'Ludwigsburg',
    generalEmail: 'kanzlei@stb-neumann.example',
    people: [
      { name: 'Dr. Frank Neumann', email: 'f.neumann@stb-neumann.example', role: 'signatory', position: 'Steuerberater, Partner' },
      { name: 'Julia Hahn', email: 'j.hahn@stb-neumann.example', role: 'signatory', position: 'Steuerberaterin, Partnerin' },
      { name: 'Kevin Franke', email: 'k.franke@stb-neumann.example', role: 'member', position: 'IT-Verantwortlicher' },
    ],
    contracts: [
      { service: 'email', startedDaysAgo: 1000 },
      { service: 'managed-server', startedDaysAgo: 1000 },
      { service: 'remote-support', startedDaysAgo: 1000 },
      { service: 'saas-admin', startedDaysAgo: 300 },
    ],
    noticeContacts: [
      externalDpoSchaefer,
      // Added recently and not yet confirmed: receives nothing until the confirmation link is used.
      { name: 'Kevin Franke', email: 'datenschutz@stb-neumann.example', confirmed: false },
    ],
    phones: [
      { label: 'Zentrale', display: '07141 9 27 30-0' },
      { label: 'Sekretariat', display: '+49 (0)7141 92730-55' },
    ],
    signatures: [
      { version: 1, daysAgo: 850, signer: 'f.neumann@stb-neumann.example' },
      { version: 2, daysAgo: 10, signer: 'j.hahn@stb-neumann.example' },
    ],
  },
  {
    customerNumber: 'K-10009',
    legalName: 'Hotel Schwanen am Neckar GmbH',
    street: 'Neckarufer 2', postalCode: '72070', city: 'Tübingen',
    generalEmail: 'rezeption@hotel-schwanen.example',
    people: [
      { name: 'Christine Haas', email: 'c.haas@hotel-schwanen.example', role: 'signatory', position: 'Geschäftsführerin' },
      { name: 'Marco Rossi', email: 'm.rossi@hotel-schwanen.example', role: 'member', position: 'Front Office Manager', locale: 'en' },
    ],
    contracts: [
      { service: 'webhosting', startedDaysAgo: 900 },
      { service: 'email', startedDaysAgo: 900 },
    ],
    phones: [{ label: 'Rezeption', display: '07071 55 98 0' }],
    signatures: [{ version: 1, daysAgo: 400, signer: 'c.haas@hotel-schwanen.example' }],
  },
  {
    customerNumber: 'K-10010',
    legalName: 'Physiotherapie Keller',
    street: 'Lindenallee 9', postalCode: '72555', city: 'Metzingen',
    generalEmail: 'termine@physio-keller.example',
    people: [
      { name: 'Stefan Keller', email: 's.keller@physio-keller.example', role: 'signatory', position: 'Inhaber' },
    ],
    contracts: [{ service: 'email', startedDaysAgo: 150 }],
    phones: [{ label: 'Praxis', display: '07123 16 25 03' }],
  },
  {
    customerNumber: 'K-10011',
    legalName: 'Ingenieurbüro Hartmann GmbH',
    street: 'Robert-Bosch-Straße 15', postalCode: '71034', city: 'Böblingen',
    generalEmail: 'buero@ib-hartmann.example',
    people: [
      { name: 'Dr. Andreas Hartmann', email: 'a.hartmann@ib-hartmann.example', role: 'signatory', position: 'Geschäftsführer' },
      { name: 'Emily Carter', email: 'e.carter@ib-hartmann.example', role: 'member', position: 'CAD Administrator', locale: 'en' },
    ],
    contracts: [
      { service: 'managed-server', startedDaysAgo: 500 },
      { service: 'monitoring', startedDaysAgo: 500 },
      { service: 'remote-support', startedDaysAgo: 500 },
    ],
    phones: [{ label: 'Büro', display: '+49 7031 41 88 0' }],
    signatures: [{ version: 2, daysAgo: 50, signer: 'a.hartmann@ib-hartmann.example' }],
  },
  {
    customerNumber: 'K-10012',
    legalName: 'Weingut Engel',
    street: 'Weinsteige 20', postalCode: '71384', city: 'Weinstadt',
    generalEmail: 'wein@weingut-engel.example',
    people: [
      { name: 'Martin Engel', email: 'm.engel@weingut-engel.example', role: 'signatory', position: 'Inhaber' },
    ],
    contracts: [{ service: 'domain', startedDaysAgo: 600 }],
    phones: [{ label: 'Weinverkauf', display: '07151 60 12 34' }],
  },
  {
    customerNumber: 'K-10013',
    legalName: 'Elektro Schuster GmbH',
    street: 'Gewerbestraße 31', postalCode: '73230', city: 'Kirchheim unter Teck',
    generalEmail: 'info@elektro-schuster.example',
    people: [
      { name: 'Jürgen Schuster', email: 'j.schuster@elektro-schuster.example', role: 'signatory', position: 'Geschäftsführer' },
      { name: 'Laura Schuster', email: 'l.schuster@elektro-schuster.example', role: 'member', position: 'Buchhaltung' },
    ],
    contracts: [
      { service: 'remote-support', startedDaysAgo: 250 },
      { service: 'email', startedDaysAgo: 250 },
    ],
    phones: [{ label: 'Büro', display: '07021 7 34 56' }],
    signatures: [{ version: 2, daysAgo: 30, signer: 'j.schuster@elektro-schuster.example' }],
  },
  {
    customerNumber: 'K-10014',
    legalName: 'Brauerei Kronenbräu Fischer KG',
    street: 'Brauhausgasse 1', postalCode: '89073', city: 'Ulm',
    generalEmail: 'info@kronenbraeu.example',
    people: [
      { name: 'Georg Fischer', email: 'g.fischer@kronenbraeu.example', role: 'signatory', position: 'Persönlich haftender Gesellschafter' },
      { name: 'Katharina Weber', email: 'k.weber@kronenbraeu.example', role: 'member', position: 'Marketingleiterin' },
    ],
    contracts: [
      { service: 'webhosting', startedDaysAgo: 1300 },
      { service: 'email', startedDaysAgo: 1300 },
      { service: 'monitoring', startedDaysAgo: 1300 },
    ],
    noticeContacts: [{ name: 'Datenschutzbeauftragter Kronenbräu', email: 'datenschutz@kronenbraeu.example', confirmed: true }],
    phones: [{ label: 'Zentrale', display: '0731 / 96 44 0' }],
    signatures: [{ version: 1, daysAgo: 820, signer: 'g.fischer@kronenbraeu.example' }],
  },
  {
    customerNumber: 'K-10015',
    legalName: 'Kinderarztpraxis Dr. Schulz',
    street: 'Am Marktplatz 6', postalCode: '72202', city: 'Nagold',
    generalEmail: 'praxis@kinderarzt-schulz.example',
    people: [
      { name: 'Dr. Eva Schulz', email: 'e.schulz@kinderarzt-schulz.example', role: 'signatory', position: 'Praxisinhaberin' },
    ],
    contracts: [{ service: 'remote-support', startedDaysAgo: 90 }],
    phones: [{ label: 'Praxis', display: '07452 8 11 22' }],
  },
  {
    customerNumber: 'K-10016',
    legalName: 'Musikschule Am Markt e.V.',
    street: 'Marktplatz 12', postalCode: '73207', city: 'Plochingen',
    generalEmail: 'info@musikschule-am-markt.example',
    people: [
      { name: 'Ralf Zimmermann', email: 'r.zimmermann@musikschule-am-markt.example', role: 'signatory', position: 'Vorstandsvorsitzender' },
      { name: 'Petra Klein', email: 'p.klein@musikschule-am-markt.example', role: 'member', position: 'Verwaltung' },
    ],
    contracts: [
      { service: 'webhosting', startedDaysAgo: 350 },
      { service: 'email', startedDaysAgo: 350 },
    ],
    phones: [{ label: 'Sekretariat', display: '07153 2 19 87' }],
    signatures: [{ version: 2, daysAgo: 5, signer: 'r.zimmermann@musikschule-am-markt.example' }],
  },
  {
    customerNumber: 'K-10017',
    legalName: 'Optik Braun GmbH',
    street: 'Hauptstraße 48', postalCode: '72622', city: 'Nürtingen',
    generalEmail: 'info@optik-braun.example',
    people: [
      { name: 'Susanne Braun', email: 's.braun@optik-braun.example', role: 'signatory', position: 'Geschäftsführerin' },
    ],
    contracts: [{ service: 'webhosting', startedDaysAgo: 60 }],
    phones: [{ label: 'Geschäft', display: '07022-3 12 45' }],
  },
  {
    customerNumber: 'K-10018',
    legalName: 'Bioladen Grünkern GmbH',
    street: 'Uhlandstraße 17', postalCode: '72072', city: 'Tübingen',
    generalEmail: 'laden@bioladen-gruenkern.example',
    people: [
      { name: 'Florian Richter', email: 'f.richter@bioladen-gruenkern.example', role: 'signatory', position: 'Geschäftsführer' },
    ],
    // The web shop moved elsewhere: no active contract, so no DPA is needed any more.
    contracts: [{ service: 'webhosting', startedDaysAgo: 1000, endedDaysAgo: 100 }],
    phones: [{ label: 'Laden', display: '07071 79 33 10' }],
  },
  {
    customerNumber: 'K-10019',
    legalName: 'Maier Maschinenbau GmbH',
    street: 'Industriepark 8', postalCode: '73079', city: 'Süßen',
    generalEmail: 'info@maier-maschinenbau.example',
    people: [
      { name: 'Klaus Maier', email: 'k.maier@maier-maschinenbau.example', role: 'signatory', position: 'Geschäftsführer' },
      { name: 'Sarah Thompson', email: 'sarah.thompson@maier-maschinenbau.example', role: 'signatory', position: 'Authorised Officer (Prokuristin)', locale: 'en' },
      { name: 'Oliver Brooks', email: 'o.brooks@maier-maschinenbau.example', role: 'member', position: 'IT Manager', locale: 'en' },
    ],
    contracts: [
      { service: 'webhosting', startedDaysAgo: 1400 },
      { service: 'email', startedDaysAgo: 1400 },
      { service: 'managed-server', startedDaysAgo: 1400 },
      { service: 'remote-support', startedDaysAgo: 1400 },
      { service: 'monitoring', startedDaysAgo: 1400 },
      { service: 'saas-admin', startedDaysAgo: 1400 },
      { service: 'domain', startedDaysAgo: 1400 },
    ],
    noticeContacts: [{ name: 'IT Compliance', email: 'it-compliance@maier-maschinenbau.example', confirmed: true, locale: 'en' }],
    phones: [
      { label: 'Zentrale', display: '+49 7162 9 30 00' },
      { label: 'IT-Hotline', display: '07162 93000-250' },
    ],
    signatures: [
      { version: 1, daysAgo: 880, signer: 'k.maier@maier-maschinenbau.example' },
      { version: 2, daysAgo: 15, signer: 'sarah.thompson@maier-maschinenbau.example' },
    ],
  },
  {
    customerNumber: 'K-10020',
    legalName: 'Hausverwaltung Wagner GmbH',
    street: 'Olgastraße 60', postalCode: '89073', city: 'Ulm',
    generalEmail: 'verwaltung@hv-wagner.example',
    people: [
      { name: 'Birgit Wagner', email: 'b.wagner@hv-wagner.example', role: 'signatory', position: 'Geschäftsführerin' },
      { name: 'Tim Lorenz', email: 't.lorenz@hv-wagner.example', role: 'member', position: 'Objektbetreuer' },
    ],
    contracts: [
      { service: 'webhosting', startedDaysAgo: 500 },
      { service: 'email', startedDaysAgo: 500 },
      { service: 'saas-admin', startedDaysAgo: 450 },
    ],
    phones: [{ label: 'Büro', display: '0731 1 40 50 60' }],
    signatures: [{ version: 1, daysAgo: 440, signer: 'b.wagner@hv-wagner.example' }],
  },
  {
    customerNumber: 'K-10021',
    legalName: 'Fahrschule Koch',
    street: 'Poststraße 2', postalCode: '72574', city: 'Bad Urach',
    generalEmail: 'info@fahrschule-koch.example',
    people: [
      { name: 'Dieter Koch', email: 'd.koch@fahrschule-koch.example', role: 'signatory', position: 'Inhaber' },
    ],
    contracts: [{ service: 'email', startedDaysAgo: 30 }],
    phones: [{ label: 'Büro', display: '07125 / 15 00' }],
  },
  {
    customerNumber: 'K-10022',
    legalName: 'Pflegedienst Sonnenschein gGmbH',
    street: 'Rosenstraße 19', postalCode: '73033', city: 'Göppingen',
    generalEmail: 'buero@pflegedienst-sonnenschein.example',
    people: [
      { name: 'Monika Schwarz', email: 'm.schwarz@pflegedienst-sonnenschein.example', role: 'signatory', position: 'Geschäftsführerin' },
      { name: 'Ahmet Demir', email: 'a.demir@pflegedienst-sonnenschein.example', role: 'member', position: 'Pflegedienstleitung' },
    ],
    contracts: [
      { service: 'email', startedDaysAgo: 600 },
      { service: 'remote-support', startedDaysAgo: 600 },
      { service: 'managed-server', startedDaysAgo: 600 },
    ],
    noticeContacts: [externalDpoSuedwest],
    phones: [
      { label: 'Büro', display: '07161 50 60 70' },
      { label: 'Notfall', display: '0160 9876543' },
    ],
    signatures: [
      { version: 1, daysAgo: 580, signer: 'm.schwarz@pflegedienst-sonnenschein.example' },
      { version: 2, daysAgo: 25, signer: 'm.schwarz@pflegedienst-sonnenschein.example' },
    ],
  },
  {
    customerNumber: 'K-10023',
    legalName: 'Architekturbüro Lang + Weiß PartGmbB',
    street: 'Hegelstraße 33', postalCode: '70174', city: 'Stuttgart',
    generalEmail: 'studio@lang-weiss-architekten.example',
    people: [
      { name: 'Johanna Lang', email: 'j.lang@lang-weiss-architekten.example', role: 'signatory', position: 'Architektin, Partnerin' },
      { name: 'Felix Weiß', email: 'f.weiss@lang-weiss-architekten.example', role: 'signatory', position: 'Architekt, Partner' },
    ],
    contracts: [
      { service: 'webhosting', startedDaysAgo: 750 },
      { service: 'managed-server', startedDaysAgo: 750 },
    ],
    phones: [{ label: 'Studio', display: '0711 / 2 36 98 70' }],
    signatures: [{ version: 1, daysAgo: 720, signer: 'f.weiss@lang-weiss-architekten.example' }],
  },
  {
    customerNumber: 'K-10024',
    legalName: 'Salon Haarmonie GmbH',
    street: 'Kirchstraße 4', postalCode: '73760', city: 'Ostfildern',
    generalEmail: 'termin@salon-haarmonie.example',
    people: [
      { name: 'Sandra Pohl', email: 's.pohl@salon-haarmonie.example', role: 'signatory', position: 'Geschäftsführerin' },
    ],
    contracts: [{ service: 'domain', startedDaysAgo: 200 }],
    phones: [{ label: 'Salon', display: '0711 34 16 77 8' }],
  },
  {
    customerNumber: 'K-10025',
    legalName: 'Druckerei Vogt GmbH',
    street: 'Papierweg 5', postalCode: '72800', city: 'Eningen unter Achalm',
    generalEmail: 'auftrag@druckerei-vogt.example',
    people: [
      { name: 'Werner Vogt', email: 'w.vogt@druckerei-vogt.example', role: 'signatory', position: 'Geschäftsführer' },
    ],
    // A former customer: contracts ended, agreement terminated, kept as evidence.
    contracts: [
      { service: 'webhosting', startedDaysAgo: 1500, endedDaysAgo: 120 },
      { service: 'email', startedDaysAgo: 1500, endedDaysAgo: 120 },
    ],
    phones: [{ label: 'Büro', display: '07121 8 20 90' }],
    signatures: [{ version: 1, daysAgo: 870, signer: 'w.vogt@druckerei-vogt.example' }],
    terminatedDaysAgo: 120,
  },
];
