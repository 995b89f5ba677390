import type { LocalizedText } from '@/db/schema';
import type { ServiceCode } from './services';

// The register as a small provider's really looks: own data centre space in Frankfurt, a backup
// site in Nuremberg, a handful of SaaS tools, one US vendor under the EU-US Data Privacy Framework
// and one under standard contractual clauses. One entry is planned, one was retired when the
// e-mail filter was replaced (agreements signed before that still list it in their annex).

export type DemoSubprocessor = {
  key: string;
  legalName: string;
  address: string;
  country: string;
  purpose: LocalizedText;
  dataCategories: LocalizedText[];
  safeguard: 'eu_eea' | 'adequacy' | 'scc' | 'bcr' | 'other';
  safeguardNote?: string;
  website: string;
  status: 'planned' | 'active' | 'retired';
  /** Days before the seed day; null while only planned. */
  activeFromDaysAgo: number | null;
  activeUntilDaysAgo?: number;
  services: ServiceCode[];
};

const t = (de: string, en: string): LocalizedText => ({ de, en });

const storedData = t('Alle auf den Servern gespeicherten Daten (verschlüsselt)', 'All data stored on the servers (encrypted)');
const ipData = t('IP-Adressen und Verbindungsdaten', 'IP addresses and connection data');
const contactData = t('Namen und Kontaktdaten von Ansprechpartnern', 'Names and contact details of contact persons');

export const demoSubprocessors: DemoSubprocessor[] = [
  {
    key: 'datacenter-frankfurt',
    legalName: 'Rhein-Main Datacenter GmbH',
    address: 'Hanauer Landstraße 300, 60314 Frankfurt am Main, Deutschland',
    country: 'DE',
    purpose: t('Rechenzentrumsfläche (Colocation) in Frankfurt: Stromversorgung, Klimatisierung, Zutrittsschutz', 'Data centre space (colocation) in Frankfurt: power, cooling, physical access control'),
    dataCategories: [storedData],
    safeguard: 'eu_eea',
    website: 'https://www.rhein-main-datacenter.example',
    status: 'active',
    activeFromDaysAgo: 1600,
    services: ['webhosting', 'email', 'managed-server', 'monitoring'],
  },
  {
    key: 'backup-nuremberg',
    legalName: 'Frankenrechenzentrum Nürnberg GmbH',
    address: 'Sigmundstraße 220, 90431 Nürnberg, Deutschland',
    country: 'DE',
    purpose: t('Georedundante Speicherung verschlüsselter Datensicherungen', 'Geo-redundant storage of encrypted backups'),
    dataCategories: [storedData],
    safeguard: 'eu_eea',
    website: 'https://www.frankenrechenzentrum.example',
    status: 'active',
    activeFromDaysAgo: 1500,
    services: ['webhosting', 'email', 'managed-server'],
  },
  {
    key: 'cdn-waf',
    legalName: 'Shieldedge Networks, Inc.',
    address: '100 Harbor Way, Suite 400, San Francisco, CA 94107, USA',
    country: 'US',
    purpose: t('Content Delivery Network und Web Application Firewall für gehostete Websites', 'Content delivery network and web application firewall for hosted websites'),
    dataCategories: [ipData, t('HTTP-Anfragedaten (URL, Browserkennung)', 'HTTP request data (URL, user agent)')],
    safeguard: 'adequacy',
    safeguardNote: 'EU-US Data Privacy Framework (Angemessenheitsbeschluss der EU-Kommission vom 10.07.2023); Zertifizierung jährlich geprüft.',
    website: 'https://www.shieldedge.example',
    status: 'active',
    activeFromDaysAgo: 700,
    services: ['webhosting'],
  },
  {
    key: 'mail-filter',
    legalName: 'Nordsee Mailsecurity GmbH',
    address: 'Kaistraße 18, 24114 Kiel, Deutschland',
    country: 'DE',
    purpose: t('Spam- und Virenfilterung eingehender E-Mails', 'Spam and virus filtering of incoming e-mail'),
    dataCategories: [t('E-Mail-Inhalte, Anhänge und Metadaten', 'E-mail content, attachments and metadata'), ipData],
    safeguard: 'eu_eea',
    website: 'https://www.nordsee-mailsecurity.example',
    status: 'active',
    activeFromDaysAgo: 200,
    services: ['email'],
  },
  {
    key: 'mail-filter-old',
    legalName: 'Spamwall Filterdienste GmbH',
    address: 'Lindenstraße 7, 20095 Hamburg, Deutschland',
    country: 'DE',
    purpose: t('Spam- und Virenfilterung eingehender E-Mails (ersetzt durch Nordsee Mailsecurity)', 'Spam and virus filtering of incoming e-mail (replaced by Nordsee Mailsecurity)'),
    dataCategories: [t('E-Mail-Inhalte, Anhänge und Metadaten', 'E-mail content, attachments and metadata'), ipData],
    safeguard: 'eu_eea',
    website: 'https://www.spamwall.example',
    status: 'retired',
    activeFromDaysAgo: 1500,
    activeUntilDaysAgo: 200,
    services: ['email'],
  },
  {
    key: 'remote-tool',
    legalName: 'Fernblick Software GmbH',
    address: 'Bahnhofstraße 21, 73033 Göppingen, Deutschland',
    country: 'DE',
    purpose: t('Fernwartungssoftware und Verbindungsvermittlung (Ende-zu-Ende-verschlüsselt)', 'Remote-support software and connection brokering (end-to-end encrypted)'),
    dataCategories: [ipData, t('Sitzungsmetadaten (Gerätename, Dauer, Beteiligte)', 'Session metadata (device name, duration, participants)')],
    safeguard: 'eu_eea',
    website: 'https://www.fernblick-software.example',
    status: 'active',
    activeFromDaysAgo: 1400,
    services: ['remote-support'],
  },
  {
    key: 'monitoring-saas',
    legalName: 'Wachturm Monitoring ApS',
    address: 'Strandgade 91, 1401 København K, Dänemark',
    country: 'DK',
    purpose: t('Externe Verfügbarkeitsprüfungen und Weiterleitung von Alarmen', 'External availability checks and alert routing'),
    dataCategories: [ipData, t('Protokollauszüge und Benutzernamen in Alarmen', 'Log excerpts and user names in alerts'), contactData],
    safeguard: 'eu_eea',
    website: 'https://www.wachturm-monitoring.example',
    status: 'active',
    activeFromDaysAgo: 1000,
    services: ['monitoring', 'managed-server'],
  },
  {
    key: 'sms-gateway',
    legalName: 'Sendwerk Kommunikation GmbH',
    address: 'Kaiserstraße 44, 76133 Karlsruhe, Deutschland',
    country: 'DE',
    purpose: t('Versand von Alarm-SMS an Bereitschaftskontakte des Kunden', "Sending alert text messages to the customer's on-call contacts"),
    dataCategories: [t('Mobilfunknummern und Nachrichtentext', 'Mobile numbers and message text')],
    safeguard: 'eu_eea',
    website: 'https://www.sendwerk.example',
    status: 'active',
    activeFromDaysAgo: 1000,
    services: ['monitoring'],
  },
  {
    key: 'ticket-system',
    legalName: 'Helpdeskly Inc.',
    address: '1200 Congress Avenue, Austin, TX 78701, USA',
    country: 'US',
    purpose: t('Ticketsystem für Supportanfragen', 'Ticket system for support requests'),
    dataCategories: [contactData, t('Inhalte von Supportanfragen einschließlich Anhängen (Screenshots, Protokolle)', 'Content of support requests including attachments (screenshots, logs)')],
    safeguard: 'scc',
    safeguardNote: 'Standardvertragsklauseln (Modul 3) mit Transfer-Folgenabschätzung; Datenhaltung in der EU-Region (Irland), Zugriff aus den USA nur für den Herstellersupport.',
    website: 'https://www.helpdeskly.example',
    status: 'active',
    activeFromDaysAgo: 800,
    services: ['webhosting', 'email', 'managed-server', 'remote-support', 'monitoring', 'saas-admin'],
  },
  {
    key: 'media-destruction',
    legalName: 'Aktenwolf Datenträgervernichtung GmbH',
    address: 'Industriestraße 9, 72555 Metzingen, Deutschland',
    country: 'DE',
    purpose: t('Zertifizierte Vernichtung ausgesonderter Datenträger nach DIN 66399', 'Certified destruction of decommissioned storage media (DIN 66399)'),
    dataCategories: [storedData],
    safeguard: 'eu_eea',
    website: 'https://www.aktenwolf.example',
    status: 'active',
    activeFromDaysAgo: 1200,
    services: ['webhosting', 'email', 'managed-server'],
  },
  {
    key: 'oncall-partner',
    legalName: 'IT-Service Jansen, Inhaber Peter Jansen',
    address: 'Schillerstraße 3, 72764 Reutlingen, Deutschland',
    country: 'DE',
    purpose: t('Rufbereitschaft außerhalb der Geschäftszeiten und Urlaubsvertretung im Support', 'On-call duty outside business hours and holiday cover in support'),
    dataCategories: [storedData, contactData],
    safeguard: 'eu_eea',
    website: 'https://www.it-jansen.example',
    status: 'active',
    activeFromDaysAgo: 600,
    services: ['remote-support', 'managed-server', 'monitoring'],
  },
  {
    key: 'backup-lake-constance',
    legalName: 'Bodensee Datacenter GmbH',
    address: 'Zeppelinstraße 12, 88045 Friedrichshafen, Deutschland',
    country: 'DE',
    purpose: t('Zweiter Standort für verschlüsselte Datensicherungen (geplant)', 'Second site for encrypted backups (planned)'),
    dataCategories: [storedData],
    safeguard: 'eu_eea',
    website: 'https://www.bodensee-datacenter.example',
    status: 'planned',
    activeFromDaysAgo: null,
    services: ['webhosting', 'email', 'managed-server'],
  },
];
