import type { LocalizedText } from '@/db/schema';

// The provider's service catalogue. Each service names what personal data it involves: Annex II
// of the DPA ("description of processing") is built from the services an organisation has booked.

export type ServiceCode =
  | 'webhosting'
  | 'email'
  | 'managed-server'
  | 'remote-support'
  | 'monitoring'
  | 'saas-admin'
  | 'domain';

export type DemoService = {
  code: ServiceCode;
  name: LocalizedText;
  description: LocalizedText;
  processesPersonalData: boolean;
  purpose: LocalizedText;
  dataCategories: LocalizedText[];
  dataSubjects: LocalizedText[];
};

const t = (de: string, en: string): LocalizedText => ({ de, en });

/** The catalogue's grouping, as an admin maintains it at /staff/admin/services (issue 11). */
export const demoServiceCategory: Record<ServiceCode, string> = {
  webhosting: 'Hosting',
  email: 'Hosting',
  'managed-server': 'Server',
  'remote-support': 'Support',
  monitoring: 'Support',
  'saas-admin': 'Support',
  domain: 'Domains',
};

const visitors = t('Besucher der Websites des Auftraggebers', "Visitors to the controller's websites");
const employees = t('Beschäftigte des Auftraggebers', "The controller's employees");
const clients = t('Kunden und Interessenten des Auftraggebers', "The controller's customers and prospects");
const correspondents = t('Kommunikationspartner des Auftraggebers', "The controller's correspondents");

export const demoServices: DemoService[] = [
  {
    code: 'webhosting',
    name: t('Webhosting', 'Web hosting'),
    description: t(
      'Betrieb von Websites und Webanwendungen des Kunden auf gemeinsam genutzten Servern, inklusive Datenbanken und SSL-Zertifikaten.',
      "Operation of the customer's websites and web applications on shared servers, including databases and TLS certificates.",
    ),
    processesPersonalData: true,
    purpose: t(
      'Speicherung und Auslieferung der Website-Inhalte; Webserver-Protokolle zur Fehleranalyse und Abwehr von Angriffen (Löschung nach 7 Tagen, in Sicherungen nach spätestens 21 Tagen).',
      'Storing and serving website content; web-server logs for troubleshooting and attack defence (deleted after 7 days, from backups after at most 21 days).',
    ),
    dataCategories: [
      t('IP-Adressen und Zugriffsprotokolle', 'IP addresses and access logs'),
      t('Inhalte von Kontaktformularen', 'Contact form submissions'),
      t('In Datenbanken der Website gespeicherte Daten (z. B. Kundenkonten, Bestellungen)', 'Data stored in website databases (e.g. customer accounts, orders)'),
    ],
    dataSubjects: [visitors, clients, employees],
  },
  {
    code: 'email',
    name: t('E-Mail-Hosting', 'E-mail hosting'),
    description: t(
      'Postfächer, Weiterleitungen, Kalender und Adressbücher für die Domains des Kunden, mit Spam- und Virenfilter.',
      "Mailboxes, forwarding, calendars and address books for the customer's domains, with spam and virus filtering.",
    ),
    processesPersonalData: true,
    purpose: t(
      'Empfang, Speicherung, Filterung und Versand von E-Mails des Kunden.',
      "Receiving, storing, filtering and sending the customer's e-mail.",
    ),
    dataCategories: [
      t('E-Mail-Inhalte und Anhänge', 'E-mail content and attachments'),
      t('Verbindungs- und Metadaten (Absender, Empfänger, Zeitpunkt, IP-Adressen)', 'Connection and metadata (sender, recipient, time, IP addresses)'),
      t('Kontakte und Kalendereinträge', 'Contacts and calendar entries'),
    ],
    dataSubjects: [employees, correspondents, clients],
  },
  {
    code: 'managed-server',
    name: t('Managed Server', 'Managed server'),
    description: t(
      'Dedizierte oder virtuelle Server, die wir für den Kunden betreiben, aktualisieren und sichern.',
      'Dedicated or virtual servers that we run, patch and back up for the customer.',
    ),
    processesPersonalData: true,
    purpose: t(
      'Betrieb, Wartung und Datensicherung der Server und der darauf gespeicherten Anwendungen und Daten.',
      'Operation, maintenance and backup of the servers and the applications and data they hold.',
    ),
    dataCategories: [
      t('Alle vom Kunden auf dem Server gespeicherten Daten', 'All data the customer stores on the server'),
      t('System- und Anwendungsprotokolle', 'System and application logs'),
      t('Benutzerkonten und Zugangsdaten', 'User accounts and credentials'),
    ],
    dataSubjects: [employees, clients, correspondents],
  },
  {
    code: 'remote-support',
    name: t('Fernwartung und Remote-Support', 'Remote maintenance and support'),
    description: t(
      'Unterstützung an Arbeitsplätzen und Servern des Kunden per Fernzugriff, nur auf Anforderung und mit Freigabe durch den Nutzer.',
      "Help on the customer's workstations and servers by remote access, only on request and with the user's approval.",
    ),
    processesPersonalData: true,
    purpose: t(
      'Fehleranalyse, Installation und Aktualisierung von Software, Auswertung von Protokolldateien.',
      'Troubleshooting, installing and updating software, analysing log files.',
    ),
    dataCategories: [
      t('Bildschirminhalte während der Sitzung', 'Screen content during the session'),
      t('Dateien und Protokolle auf den betreuten Geräten', 'Files and logs on the supported devices'),
      t('Namen und Kontaktdaten der anfragenden Beschäftigten', 'Names and contact details of the employees asking for help'),
    ],
    dataSubjects: [employees, clients],
  },
  {
    code: 'monitoring',
    name: t('Monitoring', 'Monitoring'),
    description: t(
      'Überwachung von Servern, Netzwerk und Diensten des Kunden rund um die Uhr, mit Alarmierung per E-Mail und SMS.',
      "Round-the-clock monitoring of the customer's servers, network and services, with alerts by e-mail and text message.",
    ),
    processesPersonalData: true,
    purpose: t(
      'Erkennen von Störungen und Sicherheitsereignissen; Benachrichtigung der Ansprechpartner des Kunden.',
      "Detecting failures and security events; notifying the customer's contacts.",
    ),
    dataCategories: [
      t('Systemmesswerte und Protokollauszüge mit IP-Adressen und Benutzernamen', 'System metrics and log excerpts containing IP addresses and user names'),
      t('Namen, Telefonnummern und E-Mail-Adressen der Bereitschaftskontakte', 'Names, phone numbers and e-mail addresses of on-call contacts'),
    ],
    dataSubjects: [employees, visitors],
  },
  {
    code: 'saas-admin',
    name: t('SaaS-Administration', 'SaaS administration'),
    description: t(
      'Einrichtung und Verwaltung von Benutzerkonten, Lizenzen und Sicherheitseinstellungen in Cloud-Diensten des Kunden.',
      "Setting up and managing user accounts, licences and security settings in the customer's cloud services.",
    ),
    processesPersonalData: true,
    purpose: t(
      'Benutzerverwaltung und Konfiguration im Auftrag des Kunden.',
      "User administration and configuration on the customer's behalf.",
    ),
    dataCategories: [
      t('Stammdaten der Benutzerkonten (Name, E-Mail-Adresse, Abteilung)', 'User account master data (name, e-mail address, department)'),
      t('Anmelde- und Auditprotokolle der Cloud-Dienste', 'Sign-in and audit logs of the cloud services'),
    ],
    dataSubjects: [employees],
  },
  {
    // Registering a domain in the customer's name uses only the customer's own contract data,
    // which the provider processes as controller, not on the customer's behalf: no DPA needed.
    code: 'domain',
    name: t('Domain-Registrierung', 'Domain registration'),
    description: t(
      'Registrierung und Verlängerung von Domains im Namen des Kunden, DNS-Verwaltung.',
      "Registering and renewing domains in the customer's name, DNS management.",
    ),
    processesPersonalData: false,
    purpose: t(
      'Registrierung der Domain bei der zuständigen Vergabestelle.',
      'Registering the domain with the responsible registry.',
    ),
    dataCategories: [],
    dataSubjects: [],
  },
];
