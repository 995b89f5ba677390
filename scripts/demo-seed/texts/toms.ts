import type { LocalizedText, TomsSections } from '@/db/schema';

// Sample technical and organisational measures (Art. 32 GDPR) of the fictitious provider, used as
// Annex III of the DPA. German is governing, English is a translation. Each entry is one measure.
// The infrastructure matches the demo register: colocation space in Frankfurt am Main, encrypted
// backups at a second site in Nuremberg. v2 only adds or tightens measures; nothing is lowered.

type TomsText = { sections: TomsSections; changeSummary: LocalizedText };

const m = (de: string, en: string): LocalizedText => ({ de, en });

// ---------------------------------------------------------------------------------------------
// Confidentiality (Art. 32(1)(b) GDPR): physical access, system access, data access, separation,
// pseudonymisation and encryption
// ---------------------------------------------------------------------------------------------

// Issue 13: the TOMs sample says it is a sample, as the DPA sample does.
const sampleNote = m(
  'Hinweis – Mustertext: Diese Beschreibung der technischen und organisatorischen Maßnahmen ist ein Muster zur Veranschaulichung des AV-Portals. Sie beschreibt einen fiktiven Anbieter, ist nicht geprüft und muss vor einer Verwendung durch die tatsächlich getroffenen Maßnahmen ersetzt werden.',
  'Note – sample text: this description of technical and organisational measures is a sample illustrating the DPA portal. It describes a fictitious provider, has not been reviewed and must be replaced by the measures actually taken before it is used.',
);

const dataCentreAccess = m(
  'Zutrittskontrolle Rechenzentrum: Die Server stehen in einem nach ISO/IEC 27001 zertifizierten Colocation-Rechenzentrum in Frankfurt am Main. Zutritt erhalten nur vorab registrierte Personen mit persönlichem Ausweis und biometrischer Prüfung über eine Personenvereinzelungsanlage; das Gelände ist rund um die Uhr bewacht und videoüberwacht.',
  'Data centre access control: the servers are located in an ISO/IEC 27001-certified colocation data centre in Frankfurt am Main. Only pre-registered persons with a personal badge and biometric verification are admitted, through a mantrap; the site is guarded and under video surveillance around the clock.',
);

const racks = m(
  'Die Serverschränke des Auftragnehmers sind einzeln verschlossen; Schlüssel und Zugangscodes erhalten nur namentlich benannte Administratoren. Jeder Zutritt wird vom Rechenzentrumsbetreiber protokolliert, die Protokolle werden monatlich ausgewertet.',
  'The Provider’s server racks are individually locked; keys and access codes are issued only to named administrators. Every access is logged by the data centre operator, and the logs are reviewed monthly.',
);

const offices = m(
  'Büroräume: elektronische Zutrittskontrolle mit personalisierten Transpondern, Besucher werden registriert und begleitet. In den Büros werden keine Kundendaten gespeichert, außer auf vollverschlüsselten Endgeräten.',
  'Office premises: electronic access control with personal transponders; visitors are registered and escorted. No customer data are stored in the offices except on fully encrypted devices.',
);

const systemAccessV1 = m(
  'Zugangskontrolle: Jede Person arbeitet mit einem persönlichen Konto aus einer zentralen Benutzerverwaltung; Sammelkonten sind nicht zulässig. Passwörter haben mindestens 12 Zeichen und werden gegen Listen bekannt kompromittierter Passwörter geprüft. Für alle administrativen Zugänge und Fernzugänge ist eine Zwei-Faktor-Authentifizierung (TOTP-App) vorgeschrieben.',
  'System access control: every person works with a personal account from a central identity management system; shared accounts are not permitted. Passwords have at least 12 characters and are checked against lists of known compromised passwords. Two-factor authentication (TOTP app) is mandatory for all administrative and remote access.',
);

const systemAccessV2 = m(
  'Zugangskontrolle: Jede Person arbeitet mit einem persönlichen Konto aus einer zentralen Benutzerverwaltung; Sammelkonten sind nicht zulässig. Passwörter haben mindestens 12 Zeichen und werden gegen Listen bekannt kompromittierter Passwörter geprüft. Für alle administrativen Zugänge und Fernzugänge ist eine phishing-resistente Zwei-Faktor-Authentifizierung mit FIDO2-Hardwareschlüsseln vorgeschrieben; TOTP-Apps sind nur noch für Kundenkonten zulässig.',
  'System access control: every person works with a personal account from a central identity management system; shared accounts are not permitted. Passwords have at least 12 characters and are checked against lists of known compromised passwords. Phishing-resistant two-factor authentication with FIDO2 hardware keys is mandatory for all administrative and remote access; TOTP apps are permitted only for customer accounts.',
);

const adminPath = m(
  'Administrative Zugriffe auf Kundensysteme erfolgen ausschließlich über gehärtete Sprungserver (Jump Hosts) im VPN mit Zwei-Faktor-Authentifizierung. SSH-Anmeldungen sind nur mit Schlüsseln möglich, Passwortanmeldungen sind deaktiviert; Konten ausscheidender Beschäftigter werden am letzten Arbeitstag gesperrt.',
  'Administrative access to customer systems takes place only via hardened jump hosts inside the VPN with two-factor authentication. SSH logins are possible only with keys; password logins are disabled. Accounts of departing staff are disabled on their last working day.',
);

const dataAccess = m(
  'Zugriffskontrolle: Berechtigungen werden rollenbasiert nach dem Need-to-know- und Minimalprinzip vergeben. Privilegierte Rechte erhalten nur namentlich benannte Administratoren; alle Berechtigungen werden vierteljährlich überprüft. Support-Beschäftigte greifen auf Kundensysteme nur mit Ticketbezug zu; jede Freigabe wird protokolliert.',
  'Data access control: permissions are assigned by role, following the need-to-know and least-privilege principles. Only named administrators hold privileged rights; all permissions are reviewed quarterly. Support staff access customer systems only with a ticket reference; every authorisation is logged.',
);

const separation = m(
  'Trennungskontrolle: Die Daten verschiedener Kunden sind logisch getrennt – durch eigene virtuelle Maschinen, Container, Datenbanken und Postfachdomänen mit jeweils eigenen Zugangsdaten. Entwicklungs- und Testsysteme sind von den Produktivsystemen getrennt; Produktivdaten werden dort nicht verwendet.',
  'Separation control: different customers’ data are logically separated by dedicated virtual machines, containers, databases and mail domains, each with its own credentials. Development and test systems are separated from production systems; production data are not used in them.',
);

const encryption = m(
  'Verschlüsselung: Datenübertragungen zu und zwischen den Systemen erfolgen mindestens mit TLS 1.2, bevorzugt TLS 1.3. Datensicherungen werden vor der Übertragung mit AES-256 verschlüsselt; die Schlüssel werden getrennt von den Sicherungen verwaltet. Notebooks und mobile Datenträger sind vollverschlüsselt.',
  'Encryption: data transfers to and between systems use at least TLS 1.2, preferably TLS 1.3. Backups are encrypted with AES-256 before transfer; the keys are managed separately from the backups. Laptops and removable media are fully encrypted.',
);

const ipTruncation = m(
  'Datenminimierung durch Kürzung von IP-Adressen: In Zugriffsstatistiken und bei längerfristigen Auswertungen werden IP-Adressen gekürzt (IPv4 um das letzte Oktett, IPv6 auf das /48-Präfix). Protokollauszüge, die an Unterauftragsverarbeiter übermittelt werden, werden vorher um nicht erforderliche personenbezogene Angaben bereinigt.',
  'Data minimisation by truncating IP addresses: IP addresses are truncated in access statistics and longer-term analyses (IPv4 by the last octet, IPv6 to the /48 prefix). Log excerpts passed to subprocessors are first stripped of personal details that are not needed.',
);

const mediaDisposal = m(
  'Ausgesonderte Datenträger werden vor dem Verlassen des Rechenzentrums sicher gelöscht oder von einem zertifizierten Dienstleister nach DIN 66399 (mindestens Sicherheitsstufe H-4) vernichtet; die Vernichtung wird mit Seriennummern dokumentiert.',
  'Decommissioned storage media are securely erased before leaving the data centre or destroyed by a certified service provider in accordance with DIN 66399 (at least security level H-4); destruction is documented with serial numbers.',
);

// ---------------------------------------------------------------------------------------------
// Integrity (Art. 32(1)(b) GDPR): transfer control, input control and logging
// ---------------------------------------------------------------------------------------------

const transferChannels = m(
  'Weitergabekontrolle: Daten werden ausschließlich über verschlüsselte Kanäle übertragen (TLS, SSH/SFTP, IPsec-VPN). Unverschlüsselte Protokolle wie FTP und Telnet sind auf allen verwalteten Systemen deaktiviert.',
  'Transfer control: data are transferred only through encrypted channels (TLS, SSH/SFTP, IPsec VPN). Unencrypted protocols such as FTP and Telnet are disabled on all managed systems.',
);

const mailTransport = m(
  'E-Mail-Transport: Die Mailserver verschlüsseln die Übertragung zu anderen Servern per STARTTLS und veröffentlichen eine MTA-STS-Richtlinie. SPF, DKIM und DMARC schützen die Domains der Kunden vor gefälschten Absenderangaben.',
  'E-mail transport: the mail servers encrypt transmission to other servers with STARTTLS and publish an MTA-STS policy. SPF, DKIM and DMARC protect customers’ domains against forged senders.',
);

const backupTransfer = m(
  'Datensicherungen werden über eine verschlüsselte Verbindung an den zweiten Standort übertragen; ihre Vollständigkeit und Unversehrtheit wird anhand von Prüfsummen kontrolliert.',
  'Backups are transferred to the second site over an encrypted connection; their completeness and integrity are checked by means of checksums.',
);

const physicalTransport = m(
  'Ein physischer Transport von Datenträgern findet nur in Ausnahmefällen statt, ausschließlich verschlüsselt und mit dokumentierter Übergabe.',
  'Storage media are transported physically only in exceptional cases, always encrypted and with a documented handover.',
);

const inputLoggingV1 = m(
  'Eingabekontrolle: Administrative Anmeldungen und Befehle auf Servern werden mit Benutzer, Zeitpunkt und Aktion zentral protokolliert und vor nachträglicher Veränderung geschützt. Die Protokolle werden 12 Monate aufbewahrt und nur anlassbezogen ausgewertet.',
  'Input control: administrative logins and commands on servers are logged centrally with user, time and action and protected against subsequent alteration. The logs are kept for 12 months and analysed only when there is cause.',
);

const inputLoggingV2 = m(
  'Eingabekontrolle: Administrative Anmeldungen und Befehle auf Servern werden mit Benutzer, Zeitpunkt und Aktion zentral protokolliert und vor nachträglicher Veränderung geschützt. Die Protokolle werden 12 Monate aufbewahrt und in Echtzeit an ein SIEM-System übergeben, das auffällige Muster (z. B. Anmeldungen zu ungewöhnlichen Zeiten, Rechteausweitungen) automatisch meldet.',
  'Input control: administrative logins and commands on servers are logged centrally with user, time and action and protected against subsequent alteration. The logs are kept for 12 months and forwarded in real time to a SIEM system that automatically reports suspicious patterns (e.g. logins at unusual times, privilege escalations).',
);

const changeManagement = m(
  'Änderungen an Kundensystemen werden nur auf Grundlage eines Tickets oder eines Änderungsantrags vorgenommen und im Änderungsmanagement dokumentiert; kritische Änderungen unterliegen dem Vier-Augen-Prinzip.',
  'Changes to customer systems are made only on the basis of a ticket or change request and are documented in change management; critical changes are subject to the four-eyes principle.',
);

const remoteSessions = m(
  'Fernsupport-Sitzungen werden nur nach Freigabe durch den Nutzer gestartet und mit Beschäftigtem, Ticketreferenz, Beginn und Ende protokolliert.',
  'Remote support sessions are started only after the user has approved them and are logged with the member of staff, ticket reference and start and end times.',
);

const portalAudit = m(
  'Im AV-Portal werden Vertragsabschlüsse, Downloads, Support-Abfragen und alle Statusänderungen in einem fortlaufend verketteten, nur erweiterbaren Prüfprotokoll (Hash-Kette) festgehalten.',
  'In the DPA portal, contract signatures, downloads, support look-ups and all state changes are recorded in an append-only, hash-chained audit log.',
);

const softwareIntegrity = m(
  'Software wird nur aus vertrauenswürdigen, signierten Paketquellen installiert; auf zentralen Systemen überwacht eine Dateiintegritätsprüfung Änderungen an Systemdateien.',
  'Software is installed only from trusted, signed package repositories; on central systems, file integrity monitoring detects changes to system files.',
);

// ---------------------------------------------------------------------------------------------
// Availability and resilience (Art. 32(1)(b) GDPR)
// ---------------------------------------------------------------------------------------------

const backupsV1 = m(
  'Datensicherung: Täglich inkrementelle und wöchentlich vollständige Sicherungen, verschlüsselt am zweiten Standort in Nürnberg (rund 190 km vom Primärstandort entfernt) gespeichert und dort höchstens 21 Tage aufbewahrt; danach werden sie überschrieben.',
  'Backups: daily incremental and weekly full backups, stored in encrypted form at a second site in Nuremberg (about 190 km from the primary site) and kept there for at most 21 days, after which they are overwritten.',
);

const backupsV2 = m(
  'Datensicherung: Täglich inkrementelle und wöchentlich vollständige Sicherungen, verschlüsselt am zweiten Standort in Nürnberg (rund 190 km vom Primärstandort entfernt) gespeichert und dort höchstens 21 Tage aufbewahrt; danach werden sie überschrieben. Während der Aufbewahrungsdauer sind die Sicherungen unveränderlich (Write-Once-Speicher mit Objektsperre) und damit auch gegen Ransomware und versehentliches Löschen geschützt.',
  'Backups: daily incremental and weekly full backups, stored in encrypted form at a second site in Nuremberg (about 190 km from the primary site) and kept there for at most 21 days, after which they are overwritten. During the retention period, the backups are immutable (write-once storage with object lock) and thus protected against ransomware and accidental deletion.',
);

const power = m(
  'Stromversorgung: Unterbrechungsfreie Stromversorgung (USV) und Netzersatzanlagen mit Dieselvorrat für mindestens 48 Stunden; die Netzersatzanlagen werden monatlich unter Last getestet. Jeder Serverschrank ist über zwei unabhängige Stromkreise (A/B) versorgt.',
  'Power: uninterruptible power supply (UPS) and standby generators with diesel for at least 48 hours; the generators are tested under load every month. Each rack is fed by two independent power circuits (A/B).',
);

const climate = m(
  'Klimatisierung und Brandschutz: Redundante Kühlung (N+1), Brandfrüherkennung durch Ansaugrauchmelder und Gaslöschanlage in den Serverräumen; Temperatur und Luftfeuchte werden laufend überwacht.',
  'Cooling and fire protection: redundant cooling (N+1), early fire detection by aspirating smoke detectors and a gas extinguishing system in the server rooms; temperature and humidity are monitored continuously.',
);

const network = m(
  'Netzwerk: Redundante Anbindung über mindestens zwei Carrier mit BGP, redundante Core-Switches und Firewalls im Hochverfügbarkeitsverbund.',
  'Network: redundant connectivity via at least two carriers with BGP, redundant core switches and firewalls in high-availability pairs.',
);

const ddos = m(
  'DDoS-Schutz: Volumenbasierte Angriffe werden beim Upstream-Carrier automatisch erkannt und gefiltert; Webdienste sind zusätzlich durch Ratenbegrenzung und eine Web Application Firewall geschützt.',
  'DDoS protection: volumetric attacks are detected and filtered automatically at the upstream carrier; web services are additionally protected by rate limiting and a web application firewall.',
);

const storage = m(
  'Speicher und Virtualisierung: Daten liegen auf einem verteilten Speichersystem mit dreifacher Replikation; virtuelle Maschinen laufen in einem Cluster, der bei Ausfall eines Hosts automatisch auf andere Hosts umschaltet.',
  'Storage and virtualisation: data are held on a distributed storage system with triple replication; virtual machines run in a cluster that fails over automatically to other hosts if one host fails.',
);

const monitoring = m(
  'Überwachung: Verfügbarkeit, Auslastung und Sicherheitsereignisse aller Systeme werden rund um die Uhr überwacht; Alarme gehen an eine 24/7-Rufbereitschaft.',
  'Monitoring: availability, load and security events of all systems are monitored around the clock; alerts go to a 24/7 on-call service.',
);

const patching = m(
  'Patch-Management: Sicherheitsupdates werden in festgelegten Wartungsfenstern eingespielt, kritische Schwachstellen (CVSS ab 9,0) innerhalb von 72 Stunden nach Verfügbarkeit des Updates.',
  'Patch management: security updates are applied in defined maintenance windows, critical vulnerabilities (CVSS 9.0 or higher) within 72 hours of the update becoming available.',
);

const malware = m(
  'Schutz vor Schadsoftware: Eingehende E-Mails werden auf Viren und Spam geprüft; alle Endgeräte der Beschäftigten verfügen über zentral verwalteten Endpoint-Schutz.',
  'Malware protection: incoming e-mail is scanned for viruses and spam; all staff devices have centrally managed endpoint protection.',
);

// ---------------------------------------------------------------------------------------------
// Restore (Art. 32(1)(c) GDPR)
// ---------------------------------------------------------------------------------------------

const restoreProcedures = m(
  'Für jede Leistungsart (Webhosting, E-Mail, Managed Server) gibt es dokumentierte Wiederherstellungsverfahren, die auch von vertretenden Beschäftigten ausgeführt werden können.',
  'Documented restore procedures exist for each type of service (web hosting, e-mail, managed server) and can also be carried out by deputising staff.',
);

const restoreTestsV1 = m(
  'Wiederherstellungstests: Mindestens vierteljährlich werden Stichproben (einzelne Dateien, Datenbanken, vollständige virtuelle Maschinen) aus den Sicherungen wiederhergestellt und auf Vollständigkeit geprüft; die Ergebnisse werden dokumentiert.',
  'Restore tests: at least quarterly, samples (individual files, databases, complete virtual machines) are restored from the backups and checked for completeness; the results are documented.',
);

const restoreTestsV2 = m(
  'Wiederherstellungstests: Mindestens monatlich werden Stichproben (einzelne Dateien, Datenbanken, vollständige virtuelle Maschinen) aus den Sicherungen wiederhergestellt und auf Vollständigkeit geprüft; die Ergebnisse und die gemessenen Wiederherstellungszeiten werden dokumentiert.',
  'Restore tests: at least monthly, samples (individual files, databases, complete virtual machines) are restored from the backups and checked for completeness; the results and the measured recovery times are documented.',
);

const recoveryTimes = m(
  'Dokumentierte Wiederherstellungsziele: maximaler Datenverlust (RPO) 24 Stunden; Wiederherstellungszeit (RTO) 4 Stunden für E-Mail und Managed Server, 8 Stunden für Webhosting.',
  'Documented recovery objectives: maximum data loss (RPO) 24 hours; recovery time (RTO) 4 hours for e-mail and managed servers, 8 hours for web hosting.',
);

const customerRestore = m(
  'Auf Anforderung des Kunden werden einzelne Dateien, Postfächer oder Datenbanken aus den Sicherungen der letzten 21 Tage wiederhergestellt, in der Regel innerhalb eines Arbeitstags.',
  'At the customer’s request, individual files, mailboxes or databases are restored from the backups of the last 21 days, usually within one working day.',
);

const configManagement = m(
  'Die Konfiguration der Systeme ist versioniert im Konfigurationsmanagement hinterlegt (Infrastructure as Code), sodass Systeme nach einem Ausfall reproduzierbar neu aufgebaut werden können.',
  'System configuration is kept under version control in configuration management (infrastructure as code), so that systems can be rebuilt reproducibly after a failure.',
);

const emergencyPlan = m(
  'Ein Notfallhandbuch mit Eskalationswegen, Kontaktlisten und Wiederanlaufplänen liegt auch offline vor und wird jährlich überprüft.',
  'An emergency manual with escalation paths, contact lists and recovery plans is also available offline and is reviewed annually.',
);

const drExercise = m(
  'Einmal jährlich wird der Ausfall des Primärstandorts geübt, indem ausgewählte Dienste aus den Sicherungen am zweiten Standort wiederhergestellt werden.',
  'Once a year, the loss of the primary site is rehearsed by restoring selected services from the backups at the second site.',
);

// ---------------------------------------------------------------------------------------------
// Regular testing, assessment and evaluation (Art. 32(1)(d) GDPR), incl. order control
// ---------------------------------------------------------------------------------------------

const isms = m(
  'Ein Informationssicherheits-Managementsystem (ISMS) nach ISO/IEC 27001 ist für die Bereiche Hosting und Managed Services eingerichtet und zertifiziert; jährliche Überwachungsaudits durch eine akkreditierte Zertifizierungsstelle.',
  'An information security management system (ISMS) based on ISO/IEC 27001 is in place and certified for hosting and managed services; annual surveillance audits by an accredited certification body.',
);

const internalAudits = m(
  'Interne Audits prüfen jährlich die Umsetzung der Maßnahmen; die Ergebnisse fließen in die Managementbewertung und einen Maßnahmenplan ein. Diese technischen und organisatorischen Maßnahmen werden mindestens jährlich und nach wesentlichen Änderungen überprüft.',
  'Internal audits check the implementation of the measures annually; the results feed into the management review and an action plan. These technical and organisational measures are reviewed at least annually and after material changes.',
);

const pentestsV1 = m(
  'Ein externer Dienstleister führt jährlich sowie nach wesentlichen Änderungen Penetrationstests der aus dem Internet erreichbaren Systeme durch; wöchentliche automatisierte Schwachstellenscans ergänzen sie.',
  'An external service provider carries out penetration tests of the internet-facing systems annually and after material changes; weekly automated vulnerability scans complement them.',
);

const pentestsV2 = m(
  'Ein externer Dienstleister führt halbjährlich sowie nach wesentlichen Änderungen Penetrationstests der aus dem Internet erreichbaren Systeme durch; tägliche automatisierte Schwachstellenscans ergänzen sie.',
  'An external service provider carries out penetration tests of the internet-facing systems every six months and after material changes; daily automated vulnerability scans complement them.',
);

const incidentResponseV1 = m(
  'Ein dokumentierter Prozess zur Behandlung von Sicherheitsvorfällen regelt Erkennung, Bewertung, Eindämmung, Meldung an betroffene Kunden ohne unangemessene Verzögerung und Nachbereitung; jeder Vorfall wird ausgewertet.',
  'A documented security incident process covers detection, assessment, containment, notification of affected customers without undue delay and follow-up; every incident is reviewed.',
);

const incidentResponseV2 = m(
  'Ein dokumentierter Prozess zur Behandlung von Sicherheitsvorfällen regelt Erkennung, Bewertung, Eindämmung, Meldung an betroffene Kunden spätestens innerhalb von 24 Stunden und Nachbereitung; jeder Vorfall wird ausgewertet. Der Prozess wird zweimal jährlich in einer Übung durchgespielt.',
  'A documented security incident process covers detection, assessment, containment, notification of affected customers within 24 hours at the latest and follow-up; every incident is reviewed. The process is rehearsed in an exercise twice a year.',
);

const orderControl = m(
  'Auftragskontrolle: Personenbezogene Daten von Kunden werden nur auf Grundlage eines AV-Vertrags und nach dokumentierter Weisung verarbeitet. Weisungen werden im Ticketsystem oder im Kundenportal dokumentiert; die Beschäftigten sind über den Umfang der vereinbarten Leistungen unterrichtet.',
  'Order control: customers’ personal data are processed only on the basis of a DPA and on documented instructions. Instructions are recorded in the ticket system or the customer portal; staff are informed of the scope of the agreed services.',
);

const subprocessorControl = m(
  'Unterauftragsverarbeiter werden vor der Beauftragung anhand ihrer Sicherheitsnachweise ausgewählt, vertraglich nach Art. 28 DSGVO verpflichtet und mindestens jährlich überprüft.',
  'Subprocessors are selected on the basis of their security evidence before being engaged, bound by contract in accordance with Art. 28 GDPR and reviewed at least annually.',
);

const training = m(
  'Alle Beschäftigten werden vor Aufnahme der Tätigkeit auf Vertraulichkeit und, soweit erforderlich, auf das Fernmeldegeheimnis verpflichtet und bei Einstellung sowie jährlich zu Datenschutz und Informationssicherheit geschult; vierteljährliche Phishing-Simulationen ergänzen die Schulungen.',
  'All staff are bound to confidentiality and, where necessary, to the secrecy of telecommunications before they start work, and are trained in data protection and information security when they join and annually thereafter; quarterly phishing simulations complement the training.',
);

const dpo = m(
  'Ein Datenschutzbeauftragter ist benannt; er berichtet unmittelbar an die Geschäftsführung und wird bei allen neuen Verarbeitungen und Änderungen an diesen Maßnahmen beteiligt.',
  'A data protection officer has been appointed; the DPO reports directly to management and is involved in all new processing operations and changes to these measures.',
);

const aiTools = m(
  'KI-gestützte Werkzeuge, denen personenbezogene Daten von Kunden zugänglich werden, sind technisch gesperrt und werden nur nach vorheriger Zustimmung des Kunden freigeschaltet; eine Verwendung von Kundendaten zum Training von KI-Modellen ist ausgeschlossen.',
  'AI-assisted tools to which customers’ personal data would become accessible are technically blocked and enabled only with the customer’s prior consent; customers’ data are never used to train AI models.',
);

// ---------------------------------------------------------------------------------------------
// Versions
// ---------------------------------------------------------------------------------------------

export const tomsV1: TomsText = {
  sections: {
    confidentiality: [
      sampleNote,
      dataCentreAccess,
      racks,
      offices,
      systemAccessV1,
      adminPath,
      dataAccess,
      separation,
      encryption,
      ipTruncation,
      mediaDisposal,
    ],
    integrity: [
      transferChannels,
      mailTransport,
      backupTransfer,
      physicalTransport,
      inputLoggingV1,
      changeManagement,
      remoteSessions,
      portalAudit,
      softwareIntegrity,
    ],
    availability: [backupsV1, power, climate, network, ddos, storage, monitoring, patching, malware],
    restore: [
      restoreProcedures,
      restoreTestsV1,
      recoveryTimes,
      customerRestore,
      configManagement,
      emergencyPlan,
      drExercise,
    ],
    testing: [
      isms,
      internalAudits,
      pentestsV1,
      incidentResponseV1,
      orderControl,
      subprocessorControl,
      training,
      dpo,
    ],
  },
  changeSummary: m('Erste Fassung', 'First version'),
};

export const tomsV2: TomsText = {
  sections: {
    confidentiality: [
      sampleNote,
      dataCentreAccess,
      racks,
      offices,
      systemAccessV2,
      adminPath,
      dataAccess,
      separation,
      encryption,
      ipTruncation,
      mediaDisposal,
    ],
    integrity: [
      transferChannels,
      mailTransport,
      backupTransfer,
      physicalTransport,
      inputLoggingV2,
      changeManagement,
      remoteSessions,
      portalAudit,
      softwareIntegrity,
    ],
    availability: [backupsV2, power, climate, network, ddos, storage, monitoring, patching, malware],
    restore: [
      restoreProcedures,
      restoreTestsV2,
      recoveryTimes,
      customerRestore,
      configManagement,
      emergencyPlan,
      drExercise,
    ],
    testing: [
      isms,
      internalAudits,
      pentestsV2,
      incidentResponseV2,
      orderControl,
      subprocessorControl,
      training,
      dpo,
      aiTools,
    ],
  },
  changeSummary: m(
    'Zweite Fassung mit verschärften Maßnahmen; das Schutzniveau wird an keiner Stelle gesenkt. Vertraulichkeit: phishing-resistente Zwei-Faktor-Authentifizierung mit FIDO2-Hardwareschlüsseln für alle administrativen Zugänge (bisher TOTP-App). Integrität: Echtzeit-Auswertung der Administrationsprotokolle in einem SIEM-System. Verfügbarkeit: Datensicherungen während der Aufbewahrungsdauer von höchstens 21 Tagen unveränderlich (Objektsperre). Wiederherstellbarkeit: Wiederherstellungstests monatlich statt vierteljährlich, mit Messung der Wiederherstellungszeiten. Überprüfung: Penetrationstests halbjährlich statt jährlich, tägliche statt wöchentliche Schwachstellenscans, Meldung von Sicherheitsvorfällen spätestens innerhalb von 24 Stunden, halbjährliche Notfallübung; neue Maßnahme zur Sperrung KI-gestützter Werkzeuge ohne Zustimmung des Kunden.',
    'Second version with strengthened measures; the level of protection is not lowered anywhere. Confidentiality: phishing-resistant two-factor authentication with FIDO2 hardware keys for all administrative access (previously TOTP app). Integrity: real-time analysis of administration logs in a SIEM system. Availability: backups immutable (object lock) throughout their retention period of at most 21 days. Restore: restore tests monthly instead of quarterly, with measured recovery times. Testing: penetration tests every six months instead of annually, daily instead of weekly vulnerability scans, security incidents notified within 24 hours at the latest, incident exercise twice a year; new measure blocking AI-assisted tools without the customer’s consent.',
  ),
};
