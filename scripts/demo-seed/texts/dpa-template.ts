import type { LocalizedText } from '@/db/schema';

// Sample contract text of the data processing agreement (Art. 28 GDPR, "AV-Vertrag") of the
// fictitious provider. German is governing, English is a translation. Written for this product;
// it is a SAMPLE and says so at the top of the body.
//
// Body format (parsed by the web and PDF renderers): "# " contract title, "## " section heading,
// "### " sub-heading, blank line = paragraph break, "- " bullet item; "(1)" / "(a)" paragraphs are
// plain paragraphs. No tables, no emphasis, no HTML. Placeholders in double braces are filled from
// data; only {{provider.*}}, {{customer.*}}, {{settings.noticePeriodDays}} and {{version}} are used.
//
// Both versions share most sections; v2 replaces a few of them (see its changeSummary).

type TemplateText = { title: LocalizedText; body: LocalizedText; changeSummary: LocalizedText };

const s = (de: string, en: string): LocalizedText => ({ de: de.trim(), en: en.trim() });

/** Joins blocks (each already trimmed) with one blank line between them. */
const cat = (...parts: LocalizedText[]): LocalizedText => ({
  de: parts.map((p) => p.de.trim()).join('\n\n'),
  en: parts.map((p) => p.en.trim()).join('\n\n'),
});

const body = (parts: LocalizedText[]): LocalizedText => {
  const all = cat(...parts);
  return { de: all.de + '\n', en: all.en + '\n' };
};

const title = s(
  'Vertrag über die Verarbeitung personenbezogener Daten im Auftrag (AV-Vertrag) gemäß Art. 28 DSGVO',
  'Data Processing Agreement pursuant to Art. 28 GDPR',
);

// ---------------------------------------------------------------------------------------------
// Opening
// ---------------------------------------------------------------------------------------------

const sampleNote = s(
  `
### Mustertext – vor Verwendung anwaltlich prüfen lassen

Dieser Text ist ein Muster zur Veranschaulichung des AV-Portals der {{provider.name}}. Er ist nicht anwaltlich geprüft, ersetzt keine Rechtsberatung und ist vor einer Verwendung im Geschäftsverkehr von einer Rechtsanwältin oder einem Rechtsanwalt zu prüfen und anzupassen.
`,
  `
### Sample text – to be reviewed by legal counsel before use

This text is a sample illustrating the DPA portal of {{provider.name}}. It has not been reviewed by a lawyer, does not constitute legal advice and must be reviewed and adapted by legal counsel before it is used in business.
`,
);

const parties = s(
  `
# Vertrag über die Verarbeitung personenbezogener Daten im Auftrag gemäß Art. 28 DSGVO

Fassung {{version}}

zwischen

{{customer.legalName}}, {{customer.address}}, Kundennummer {{customer.customerNumber}}

– nachstehend „Auftraggeber“ –

und

{{provider.name}}, {{provider.address}}, vertreten durch die Geschäftsführung ({{provider.managingDirector}})

– nachstehend „Auftragnehmer“ –,

zusammen „Parteien“. Die Angaben zu den Parteien und ihren Ansprechpartnern enthält Anlage I.
`,
  `
# Data Processing Agreement pursuant to Art. 28 GDPR

Version {{version}}

between

{{customer.legalName}}, {{customer.address}}, customer number {{customer.customerNumber}}

– hereinafter the “Customer” –

and

{{provider.name}}, {{provider.address}}, represented by its management ({{provider.managingDirector}})

– hereinafter the “Provider” –,

together the “Parties”. The details of the Parties and their contact persons are set out in Annex I.
`,
);

const preamble = s(
  `
## Präambel

Der Auftragnehmer erbringt für den Auftraggeber IT-Dienstleistungen wie Webhosting, E-Mail-Dienste, den Betrieb verwalteter Server, Fernwartung, Fernsupport und Monitoring auf der Grundlage eines oder mehrerer Leistungsverträge (zusammen „Hauptvertrag“). Dabei verarbeitet er personenbezogene Daten, für die der Auftraggeber Verantwortlicher im Sinne der Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung, „DSGVO“) ist. Dieser Vertrag regelt die datenschutzrechtlichen Rechte und Pflichten der Parteien nach Art. 28 DSGVO. Begriffe werden in der Bedeutung des Art. 4 DSGVO verwendet.
`,
  `
## Preamble

The Provider renders IT services to the Customer, such as web hosting, e-mail services, the operation of managed servers, remote maintenance, remote support and monitoring, on the basis of one or more service agreements (together the “Main Agreement”). In doing so, it processes personal data for which the Customer is the controller within the meaning of Regulation (EU) 2016/679 (General Data Protection Regulation, “GDPR”). This Agreement governs the Parties’ data protection rights and obligations under Art. 28 GDPR. Terms have the meaning given to them in Art. 4 GDPR.
`,
);

// ---------------------------------------------------------------------------------------------
// Sections shared by both versions (or varied through small parameters)
// ---------------------------------------------------------------------------------------------

const p1 = s(
  `
## § 1 Gegenstand und Dauer

(1) Gegenstand dieses Vertrags ist die Verarbeitung personenbezogener Daten durch den Auftragnehmer im Auftrag und nach Weisung des Auftraggebers im Rahmen der nach dem Hauptvertrag gebuchten Leistungen. Diese Leistungen sind in Anlage II aufgeführt.

(2) Der Vertrag gilt für alle gegenwärtigen und künftigen Leistungen aus dem Hauptvertrag, bei denen der Auftragnehmer Zugang zu personenbezogenen Daten des Auftraggebers erhält oder ein solcher Zugang nicht ausgeschlossen werden kann. Bucht der Auftraggeber weitere Leistungen, werden Anlage II und Anlage IV entsprechend fortgeschrieben.

(3) Die Dauer der Verarbeitung entspricht der Laufzeit des Hauptvertrags; die Laufzeit dieses Vertrags regelt § 16.
`,
  `
## § 1 Subject matter and duration

(1) The subject matter of this Agreement is the processing of personal data by the Provider on behalf of and on the instructions of the Customer in the course of the services booked under the Main Agreement. These services are listed in Annex II.

(2) This Agreement applies to all present and future services under the Main Agreement in which the Provider gains access to personal data of the Customer or in which such access cannot be ruled out. If the Customer books further services, Annex II and Annex IV are updated accordingly.

(3) The duration of the processing corresponds to the term of the Main Agreement; the term of this Agreement is governed by § 16.
`,
);

const p2 = s(
  `
## § 2 Art, Zweck und Umfang der Verarbeitung

(1) Art und Zweck der Verarbeitung, die Arten personenbezogener Daten und die Kategorien betroffener Personen sind je gebuchter Leistung in Anlage II beschrieben. Je nach Leistung umfasst die Verarbeitung insbesondere:

- das Speichern und Bereitstellen von Websites, Datenbanken und E-Mail-Postfächern,
- das Erzeugen und Auswerten von Protokolldaten für Betrieb, Sicherheit und Fehleranalyse,
- die Datensicherung und Wiederherstellung,
- den administrativen Zugriff auf Server und Arbeitsplatzrechner bei Wartung, Fernsupport und der Installation von Software und Updates,
- die Überwachung von Systemen und die Benachrichtigung der Ansprechpartner des Auftraggebers.

(2) Der Auftragnehmer verarbeitet die Daten ausschließlich zur Erbringung der vereinbarten Leistungen und nicht zu eigenen Zwecken, insbesondere nicht zu Werbezwecken oder zur Profilbildung.

(3) Bringt der Auftraggeber besondere Kategorien personenbezogener Daten (Art. 9 DSGVO) oder Daten ein, die einem Berufsgeheimnis unterliegen, weist er den Auftragnehmer vorab darauf hin, damit die Parteien zusätzliche Maßnahmen prüfen können.
`,
  `
## § 2 Nature, purpose and scope of the processing

(1) The nature and purpose of the processing, the types of personal data and the categories of data subjects are described for each booked service in Annex II. Depending on the service, the processing comprises in particular:

- storing and serving websites, databases and e-mail mailboxes,
- generating and analysing log data for operation, security and troubleshooting,
- backing up and restoring data,
- administrative access to servers and workstations for maintenance, remote support and the installation of software and updates,
- monitoring systems and notifying the Customer’s contact persons.

(2) The Provider processes the data solely to render the agreed services and not for its own purposes, in particular not for advertising or profiling.

(3) If the Customer introduces special categories of personal data (Art. 9 GDPR) or data subject to professional secrecy, it informs the Provider in advance so that the Parties can consider additional measures.
`,
);

const p3 = s(
  `
## § 3 Ort der Verarbeitung und Übermittlung in Drittländer

(1) Der Auftragnehmer erbringt die Leistungen in Rechenzentren in Deutschland. Administration und Support erfolgen aus Deutschland sowie, unter Einhaltung der Maßnahmen nach Anlage III, im mobilen Arbeiten innerhalb der Europäischen Union.

(2) Eine Übermittlung in ein Drittland oder an eine internationale Organisation erfolgt nur auf dokumentierte Weisung des Auftraggebers und nur, wenn die Voraussetzungen der Art. 44 bis 49 DSGVO erfüllt sind. Als solche Weisung gilt auch der genehmigte Einsatz eines in Anlage IV aufgeführten Unterauftragsverarbeiters, der Daten in einem Drittland verarbeitet oder von dort auf sie zugreift; Anlage IV nennt jeweils die Garantie, etwa einen Angemessenheitsbeschluss (Art. 45 DSGVO) oder Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO).

(3) Entfällt die Grundlage einer Übermittlung, unterrichtet der Auftragnehmer den Auftraggeber unverzüglich und ergreift geeignete Maßnahmen, insbesondere zusätzliche Garantien oder den Wechsel des Unterauftragsverarbeiters nach § 8.
`,
  `
## § 3 Place of processing and transfers to third countries

(1) The Provider renders the services in data centres in Germany. Administration and support take place from Germany and, subject to the measures in Annex III, from mobile working locations within the European Union.

(2) Personal data are transferred to a third country or an international organisation only on documented instructions from the Customer and only where the conditions of Art. 44 to 49 GDPR are met. The authorised engagement of a subprocessor listed in Annex IV that processes data in a third country or accesses them from there also constitutes such an instruction; Annex IV states the safeguard in each case, such as an adequacy decision (Art. 45 GDPR) or standard contractual clauses (Art. 46(2)(c) GDPR).

(3) If the basis of a transfer ceases to apply, the Provider informs the Customer without undue delay and takes appropriate measures, in particular additional safeguards or a change of subprocessor under § 8.
`,
);

const p4 = s(
  `
## § 4 Weisungen des Auftraggebers

(1) Der Auftragnehmer verarbeitet personenbezogene Daten nur auf dokumentierte Weisung des Auftraggebers, auch in Bezug auf die Übermittlung in ein Drittland, es sei denn, er ist nach dem Recht der Union oder der Mitgliedstaaten, dem er unterliegt, hierzu verpflichtet. In einem solchen Fall teilt er dem Auftraggeber diese rechtlichen Anforderungen vor der Verarbeitung mit, sofern das betreffende Recht eine solche Mitteilung nicht wegen eines wichtigen öffentlichen Interesses verbietet.

(2) Die Weisungen sind durch diesen Vertrag, den Hauptvertrag und die Leistungsbeschreibungen festgelegt. Der Auftraggeber kann sie durch Einzelweisungen in Textform ändern oder ergänzen, etwa über das Kundenportal, das Ticketsystem oder per E-Mail. Mündliche Weisungen dokumentiert der Auftragnehmer im zugehörigen Ticket. Einstellungen, die der Auftraggeber in den Verwaltungsoberflächen der Leistungen selbst vornimmt, gelten ebenfalls als Weisungen.

(3) Weisungsberechtigt sind die im Kundenportal hinterlegten Unterzeichnungsberechtigten und weitere vom Auftraggeber in Textform benannte Personen.

(4) Ist der Auftragnehmer der Auffassung, dass eine Weisung gegen die DSGVO oder andere Datenschutzbestimmungen der Union oder der Mitgliedstaaten verstößt, informiert er den Auftraggeber unverzüglich. Er darf die Durchführung der Weisung aussetzen, bis der Auftraggeber sie bestätigt oder ändert.
`,
  `
## § 4 Instructions from the Customer

(1) The Provider processes personal data only on documented instructions from the Customer, including with regard to transfers to a third country, unless it is required to do so by Union or Member State law to which it is subject. In such a case, it informs the Customer of that legal requirement before processing, unless that law prohibits such information on important grounds of public interest.

(2) The instructions are laid down in this Agreement, the Main Agreement and the service descriptions. The Customer may amend or supplement them by individual instructions in text form, for instance via the customer portal, the ticket system or by e-mail. The Provider records oral instructions in the related ticket. Settings that the Customer makes itself in the administration interfaces of the services also constitute instructions.

(3) The signatories registered in the customer portal and further persons named by the Customer in text form are entitled to give instructions.

(4) If the Provider considers that an instruction infringes the GDPR or other Union or Member State data protection provisions, it informs the Customer without undue delay. It may suspend carrying out the instruction until the Customer confirms or changes it.
`,
);

const p5 = s(
  `
## § 5 Vertraulichkeit

(1) Der Auftragnehmer gewährleistet, dass sich die zur Verarbeitung der personenbezogenen Daten befugten Personen zur Vertraulichkeit verpflichtet haben oder einer angemessenen gesetzlichen Verschwiegenheitspflicht unterliegen. Die Verpflichtung erfolgt vor Aufnahme der Tätigkeit, wird dokumentiert und gilt über deren Ende hinaus.

(2) Bei Leistungen, die dem Fernmeldegeheimnis unterliegen, insbesondere E-Mail-Diensten, werden die eingesetzten Personen zusätzlich auf das Fernmeldegeheimnis nach § 3 TDDDG verpflichtet. Unterliegt der Auftraggeber einem Berufsgeheimnis nach § 203 StGB, verpflichtet der Auftragnehmer die eingesetzten Personen auf Verlangen ausdrücklich zur Geheimhaltung.

(3) Zugang zu den Daten erhalten nur Personen, die ihn für ihre Aufgaben benötigen, und nur in dem dafür erforderlichen Umfang. Die Beschäftigten werden bei ihrer Einstellung und danach mindestens jährlich in Datenschutz und Informationssicherheit geschult.
`,
  `
## § 5 Confidentiality

(1) The Provider ensures that the persons authorised to process the personal data have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality. The commitment is made before they start work, is documented and continues after their work ends.

(2) For services subject to the secrecy of telecommunications, in particular e-mail services, the persons involved are additionally bound to the secrecy of telecommunications under § 3 of the German Telecommunications and Digital Services Data Protection Act (TDDDG). If the Customer is subject to professional secrecy under § 203 of the German Criminal Code (StGB), the Provider, on request, expressly binds the persons involved to secrecy.

(3) Only persons who need access for their tasks are given access, and only to the extent required. Staff are trained in data protection and information security when they join and at least once a year thereafter.
`,
);

const p6 = s(
  `
## § 6 Technische und organisatorische Maßnahmen

(1) Der Auftragnehmer ergreift alle gemäß Art. 32 DSGVO erforderlichen Maßnahmen, um ein dem Risiko angemessenes Schutzniveau zu gewährleisten.

(2) Die bei Vertragsschluss geltenden Maßnahmen sind in Anlage III beschrieben, gegliedert nach Vertraulichkeit, Integrität, Verfügbarkeit und Belastbarkeit, Wiederherstellbarkeit sowie regelmäßiger Überprüfung, Bewertung und Evaluierung.

(3) Der Auftragnehmer darf die Maßnahmen entsprechend dem technischen Fortschritt durch gleichwertige oder wirksamere Maßnahmen ersetzen; das Schutzniveau der Anlage III darf dabei nicht unterschritten werden. Jede neue Fassung veröffentlicht er mit einer Zusammenfassung der Änderungen im Kundenportal und informiert den Auftraggeber; sie tritt an die Stelle der bisherigen Anlage III. Die Wirksamkeit der Maßnahmen überprüft er mindestens jährlich sowie nach wesentlichen Änderungen oder Sicherheitsvorfällen.

(4) Für Komponenten, die der Auftraggeber selbst verwaltet, etwa eigene Anwendungen im Webhosting oder die Passwörter seiner Postfächer, ist er selbst verantwortlich. Der Auftragnehmer weist ihn auf erkannte Schwachstellen darin hin.
`,
  `
## § 6 Technical and organisational measures

(1) The Provider takes all measures required pursuant to Art. 32 GDPR to ensure a level of security appropriate to the risk.

(2) The measures in force when this Agreement is concluded are described in Annex III, structured by confidentiality, integrity, availability and resilience, restore, and regular testing, assessment and evaluation.

(3) The Provider may replace the measures, in line with technical progress, with equivalent or more effective measures; the level of protection of Annex III must not be lowered. It publishes each new version in the customer portal with a summary of the changes and informs the Customer; the new version replaces the previous Annex III. The Provider reviews the effectiveness of the measures at least once a year and after material changes or security incidents.

(4) The Customer is itself responsible for components it administers, such as its own applications in web hosting or the passwords of its mailboxes. The Provider draws the Customer’s attention to vulnerabilities it detects in them.
`,
);

const p7Base = s(
  `
## § 7 Fernwartung, Fernsupport und Monitoring

(1) Fernzugriffe auf Systeme des Auftraggebers, einschließlich Arbeitsplatzrechnern, erfolgen nur auf dessen Anforderung im Einzelfall oder in vereinbarten Wartungsfenstern. Sitzungen auf Arbeitsplatzrechnern gibt der jeweilige Nutzer frei; er kann sie jederzeit beenden.

(2) Jede Fernsupport-Sitzung wird mit dem ausführenden Beschäftigten, der Ticketreferenz sowie Beginn und Ende protokolliert; das Protokoll erhält der Auftraggeber auf Anfrage.

(3) Der Auftragnehmer nimmt bei Fernzugriffen nur von den für die Aufgabe erforderlichen Inhalten Kenntnis. Kopien auf seine eigenen Systeme fertigt er nur mit Zustimmung des Auftraggebers und nur, soweit dies für die Fehleranalyse unerlässlich ist; sie werden nach Abschluss der Analyse gelöscht.

(4) Das Monitoring erfasst nur die zur Überwachung von Verfügbarkeit, Leistung und Sicherheit erforderlichen Mess- und Zustandsdaten. Protokolldateien wertet der Auftragnehmer nur zur Fehlerbehebung, zur Abwehr von Angriffen oder auf Weisung aus.
`,
  `
## § 7 Remote maintenance, remote support and monitoring

(1) Remote access to the Customer’s systems, including workstations, takes place only at the Customer’s request in the individual case or within agreed maintenance windows. Sessions on workstations are approved by the respective user, who can end them at any time.

(2) Every remote support session is logged with the member of staff carrying it out, the ticket reference and the start and end times; the Customer receives the log on request.

(3) During remote access, the Provider takes note only of the content required for the task. It makes copies on its own systems only with the Customer’s consent and only where indispensable for troubleshooting; they are deleted once the analysis is complete.

(4) Monitoring collects only the metrics and status data required to monitor availability, performance and security. The Provider analyses log files only for troubleshooting, to fend off attacks or on instructions.
`,
);

const p7AiTools = s(
  `
(5) KI-gestützte Werkzeuge, denen personenbezogene Daten des Auftraggebers zugänglich werden – etwa Sprachmodelle zur Zusammenfassung von Tickets oder zur Auswertung von Protokolldateien und Bildschirminhalten –, setzt der Auftragnehmer nur mit vorheriger Zustimmung des Auftraggebers in Textform ein. Die Zustimmung kann auf einzelne Leistungen beschränkt und jederzeit für die Zukunft widerrufen werden. Stellt ein Dritter das Werkzeug bereit, ist er Unterauftragsverarbeiter nach § 8. Daten des Auftraggebers werden in keinem Fall zum Training von KI-Modellen verwendet.
`,
  `
(5) The Provider uses AI-assisted tools to which personal data of the Customer become accessible – such as language models that summarise tickets or analyse log files and screen content – only with the Customer’s prior consent in text form. Consent may be limited to individual services and withdrawn at any time for the future. If a third party provides the tool, it is a subprocessor under § 8. The Customer’s data are never used to train AI models.
`,
);

const p8Head = s(
  `
## § 8 Unterauftragsverarbeiter

(1) Der Auftraggeber erteilt dem Auftragnehmer die allgemeine schriftliche Genehmigung im Sinne von Art. 28 Abs. 2 DSGVO, weitere Auftragsverarbeiter (Unterauftragsverarbeiter) nach Maßgabe dieses Paragrafen in Anspruch zu nehmen. Die bei Vertragsschluss für die gebuchten Leistungen eingesetzten Unterauftragsverarbeiter sind in Anlage IV mit Firma, Anschrift, Land, Tätigkeit, Datenkategorien und gegebenenfalls Übermittlungsgarantie aufgeführt und gelten als genehmigt. Das aktuelle Verzeichnis und seinen Stand an jedem früheren Tag kann der Auftraggeber im Kundenportal einsehen. Nebenleistungen ohne Zugang zu personenbezogenen Daten, etwa reine Telekommunikations- oder Transportleistungen, sind keine Unterauftragsverhältnisse.
`,
  `
## § 8 Subprocessors

(1) The Customer gives the Provider general written authorisation within the meaning of Art. 28(2) GDPR to engage other processors (subprocessors) in accordance with this section. The subprocessors engaged for the booked services when this Agreement is concluded are listed in Annex IV with company name, address, country, activity, data categories and, where applicable, transfer safeguard, and are deemed authorised. The Customer can view the current register, and its state on any past day, in the customer portal. Ancillary services without access to personal data, such as pure telecommunications or transport services, are not subprocessing.
`,
);

const p8NoticeV1 = s(
  `
(2) Der Auftragnehmer informiert den Auftraggeber über jede beabsichtigte Hinzuziehung oder Ersetzung eines Unterauftragsverarbeiters mindestens {{settings.noticePeriodDays}} Tage vor dem Wirksamwerden der Änderung, und zwar in Textform per E-Mail an die im Kundenportal hinterlegten Unterzeichnungsberechtigten und Ansprechpartner für Mitteilungen sowie im Kundenportal. Die Mitteilung nennt die betroffenen Leistungen, den Unterauftragsverarbeiter, seine Tätigkeit, den Ort der Verarbeitung und den Zeitpunkt des Wirksamwerdens.

(3) Der Auftraggeber kann gegen die Änderung bis zu ihrem Wirksamwerden in Textform, vorzugsweise über das Kundenportal, unter Angabe von Gründen Einspruch erheben, insbesondere wenn begründete Zweifel bestehen, dass der Unterauftragsverarbeiter die Anforderungen dieses Vertrags oder der DSGVO erfüllt. Ohne Einspruch gilt die Änderung mit ihrem Wirksamwerden als genehmigt.
`,
  `
(2) The Provider informs the Customer of any intended addition or replacement of a subprocessor at least {{settings.noticePeriodDays}} days before the change takes effect, in text form by e-mail to the signatories and notice contacts registered in the customer portal, and in the customer portal. The notice names the services affected, the subprocessor, its activity, the place of processing and the date on which the change takes effect.

(3) The Customer may object to the change, stating its reasons, in text form, preferably via the customer portal, until the change takes effect, in particular where there is justified doubt that the subprocessor meets the requirements of this Agreement or of the GDPR. Without an objection, the change is deemed authorised when it takes effect.
`,
);

const p8NoticeV2 = s(
  `
(2) Der Auftragnehmer informiert den Auftraggeber über jede beabsichtigte Hinzuziehung oder Ersetzung eines Unterauftragsverarbeiters sowie über wesentliche Änderungen der Tätigkeit oder des Verarbeitungsorts eines bereits genehmigten Unterauftragsverarbeiters. Zwischen dem Tag des Zugangs der Mitteilung und dem Tag des Wirksamwerdens liegen mindestens {{settings.noticePeriodDays}} volle Kalendertage. Eine Mitteilung per E-Mail gilt an dem Tag als zugegangen, an dem sie versandt wird, wenn dies an einem Werktag (Montag bis Freitag, ausgenommen bundeseinheitliche gesetzliche Feiertage) vor 18:00 Uhr deutscher gesetzlicher Zeit geschieht, andernfalls am nächsten Werktag. Für alle Fristen nach diesem Paragraphen wird der Tag des Zugangs nicht mitgerechnet (§ 187 Abs. 1 BGB); eine Frist endet mit dem Ablauf ihres letzten Tages (§ 188 Abs. 1 BGB). Die Mitteilung ergeht in Textform per E-Mail an die im Kundenportal hinterlegten Unterzeichnungsberechtigten und Ansprechpartner für Mitteilungen sowie im Kundenportal und zusätzlich über dessen maschinenlesbare Kanäle (Feed, Webhook). Sie nennt die betroffenen Leistungen, den Unterauftragsverarbeiter, seine Tätigkeit, den Ort der Verarbeitung, den Tag des Wirksamwerdens und das Ende der Einspruchsfrist.

(3) Der Auftraggeber kann gegen die Änderung bis zum Ablauf des Tages vor ihrem Wirksamwerden (deutsche gesetzliche Zeit) in Textform, vorzugsweise über das Kundenportal, unter Angabe von Gründen Einspruch erheben, insbesondere wenn begründete Zweifel bestehen, dass der Unterauftragsverarbeiter die Anforderungen dieses Vertrags oder der DSGVO erfüllt. Der Auftragnehmer bestätigt den Eingang. Ohne fristgerechten Einspruch gilt die Änderung mit ihrem Wirksamwerden als genehmigt.
`,
  `
(2) The Provider informs the Customer of any intended addition or replacement of a subprocessor and of any material change to the activity or place of processing of a subprocessor already authorised. At least {{settings.noticePeriodDays}} full calendar days lie between the day on which the notice is received and the day on which the change takes effect. A notice sent by e-mail is deemed received on the day it is sent if it is sent on a working day (Monday to Friday, except public holidays observed throughout Germany) before 18:00 German statutory time, and otherwise on the next working day. For every period under this section, the day of receipt is not counted (section 187(1) of the German Civil Code, BGB); a period ends at the end of its last day (section 188(1) BGB). Notice is given in text form by e-mail to the signatories and notice contacts registered in the customer portal, in the customer portal and additionally through its machine-readable channels (feed, webhook). It names the services affected, the subprocessor, its activity, the place of processing, the day on which the change takes effect and the end of the objection period.

(3) The Customer may object to the change, stating its reasons, in text form, preferably via the customer portal, until the end of the day before the change takes effect (German statutory time), in particular where there is justified doubt that the subprocessor meets the requirements of this Agreement or of the GDPR. The Provider acknowledges receipt. Without an objection made in time, the change is deemed authorised when it takes effect.
`,
);

const p8Rest = s(
  `
(4) Über einen fristgerechten Einspruch entscheidet der Auftragnehmer nach Prüfung der Gründe und teilt die Entscheidung in Textform mit. Er kann abhelfen, indem er die Änderung für die Leistungen des Auftraggebers nicht vornimmt oder eine gleichwertige Alternative vereinbart. Hilft er nicht ab, kann der Auftraggeber die betroffenen Leistungen zum Wirksamwerden der Änderung kündigen; geht ihm die Entscheidung erst danach zu, kann er innerhalb von vier Wochen nach Zugang fristlos kündigen.

(5) Ist der sofortige Austausch eines Unterauftragsverarbeiters zur Aufrechterhaltung der Sicherheit oder Verfügbarkeit der Leistungen erforderlich, etwa bei einem schwerwiegenden Sicherheitsvorfall, einer Insolvenz oder der plötzlichen Einstellung seiner Leistungen, darf der Auftragnehmer einen Ersatz ohne Einhaltung der Frist nach Absatz 2 beauftragen (Notfallaustausch). Er informiert den Auftraggeber unverzüglich, spätestens mit der Beauftragung, und kennzeichnet die Mitteilung als Notfallaustausch. Der Auftraggeber kann innerhalb von {{settings.noticePeriodDays}} Tagen nach Zugang der Mitteilung Einspruch erheben; Absatz 4 gilt entsprechend.

(6) Der Auftragnehmer wählt Unterauftragsverarbeiter sorgfältig aus, insbesondere im Hinblick auf die Eignung ihrer technischen und organisatorischen Maßnahmen. Er erlegt ihnen vertraglich dieselben Datenschutzpflichten auf, die in diesem Vertrag festgelegt sind, wobei insbesondere hinreichende Garantien dafür geboten werden müssen, dass die geeigneten technischen und organisatorischen Maßnahmen so durchgeführt werden, dass die Verarbeitung den Anforderungen der DSGVO entspricht. Er überprüft dies vor Beginn der Verarbeitung und danach regelmäßig.

(7) Kommt ein Unterauftragsverarbeiter seinen Datenschutzpflichten nicht nach, haftet der Auftragnehmer gegenüber dem Auftraggeber für die Einhaltung der Pflichten jenes Unterauftragsverarbeiters. Für weitere Unterauftragsverhältnisse des Unterauftragsverarbeiters gelten die Absätze 1 bis 6 entsprechend.
`,
  `
(4) The Provider decides on an objection made in time after examining the reasons and communicates its decision in text form. It may remedy the objection by not making the change for the Customer’s services or by agreeing an equivalent alternative. If it does not, the Customer may terminate the services affected with effect from the date on which the change takes effect; if the decision reaches the Customer only after that date, it may terminate without notice within four weeks of receipt.

(5) Where the immediate replacement of a subprocessor is necessary to maintain the security or availability of the services, for instance in the event of a serious security incident, insolvency or the sudden discontinuation of its services, the Provider may engage a replacement without observing the period under paragraph 2 (emergency replacement). It informs the Customer without undue delay, at the latest when the replacement is engaged, and marks the notice as an emergency replacement. The Customer may object within {{settings.noticePeriodDays}} days of receiving the notice; paragraph 4 applies accordingly.

(6) The Provider selects subprocessors with care, in particular with regard to the suitability of their technical and organisational measures. By contract, it imposes on them the same data protection obligations as set out in this Agreement, in particular providing sufficient guarantees to implement appropriate technical and organisational measures in such a manner that the processing meets the requirements of the GDPR. It verifies this before processing begins and regularly thereafter.

(7) Where a subprocessor fails to fulfil its data protection obligations, the Provider remains fully liable to the Customer for the performance of that subprocessor’s obligations. Paragraphs 1 to 6 apply accordingly to further subprocessing by a subprocessor.
`,
);

const p9 = s(
  `
## § 9 Unterstützung bei den Rechten betroffener Personen

(1) Der Auftragnehmer unterstützt den Auftraggeber angesichts der Art der Verarbeitung nach Möglichkeit mit geeigneten technischen und organisatorischen Maßnahmen dabei, Anträge auf Wahrnehmung der in Kapitel III der DSGVO genannten Rechte zu beantworten, insbesondere auf Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit und Widerspruch.

(2) Viele dieser Rechte kann der Auftraggeber über die Verwaltungsfunktionen der Leistungen selbst umsetzen. Im Übrigen setzt der Auftragnehmer seine Weisungen innerhalb einer Frist um, die den gesetzlichen Fristen Rechnung trägt.

(3) Wendet sich eine betroffene Person unmittelbar an den Auftragnehmer, leitet er das Anliegen unverzüglich an den Auftraggeber weiter und beantwortet es nicht selbst, es sei denn, der Auftraggeber weist ihn dazu an.
`,
  `
## § 9 Assistance with data subjects’ rights

(1) Taking into account the nature of the processing, the Provider assists the Customer by appropriate technical and organisational measures, insofar as this is possible, in responding to requests for exercising the rights laid down in Chapter III GDPR, in particular the rights of access, rectification, erasure, restriction, data portability and objection.

(2) The Customer can implement many of these rights itself via the administration functions of the services. Otherwise, the Provider carries out its instructions within a period that takes account of the statutory deadlines.

(3) If a data subject contacts the Provider directly, the Provider forwards the request to the Customer without undue delay and does not respond to it itself unless the Customer instructs it to do so.
`,
);

const p10 = (deadline: LocalizedText): LocalizedText =>
  s(
    `
## § 10 Unterstützung nach Art. 32 bis 36 DSGVO; Meldung von Datenschutzverletzungen

(1) Der Auftragnehmer unterstützt den Auftraggeber unter Berücksichtigung der Art der Verarbeitung und der ihm zur Verfügung stehenden Informationen bei der Einhaltung der in Art. 32 bis 36 DSGVO genannten Pflichten: Sicherheit der Verarbeitung, Meldung von Verletzungen des Schutzes personenbezogener Daten an die Aufsichtsbehörde, Benachrichtigung betroffener Personen, Datenschutz-Folgenabschätzung und vorherige Konsultation.

(2) Wird dem Auftragnehmer eine Verletzung des Schutzes personenbezogener Daten des Auftraggebers bekannt, meldet er sie dem Auftraggeber unverzüglich${deadline.de} per E-Mail an die Unterzeichnungsberechtigten und Ansprechpartner für Mitteilungen, bei schwerwiegenden Vorfällen zusätzlich telefonisch. Die Meldung enthält, soweit bekannt:

(a) die Art der Verletzung, möglichst mit den Kategorien und der ungefähren Zahl der betroffenen Personen und Datensätze;

(b) Namen und Kontaktdaten des Datenschutzbeauftragten oder einer sonstigen Anlaufstelle für weitere Informationen;

(c) die wahrscheinlichen Folgen der Verletzung;

(d) die ergriffenen oder vorgeschlagenen Maßnahmen zur Behebung und Abmilderung.

Fehlende Informationen reicht der Auftragnehmer ohne unangemessene weitere Verzögerung nach.

(3) Der Auftragnehmer ergreift unverzüglich die erforderlichen Maßnahmen zur Sicherung der Daten, stimmt sich mit dem Auftraggeber ab und dokumentiert den Vorfall. Meldungen an die Aufsichtsbehörde und Benachrichtigungen betroffener Personen nimmt er nur auf Weisung des Auftraggebers vor.

(4) Der Auftragnehmer informiert den Auftraggeber unverzüglich über Kontrollhandlungen einer Aufsichtsbehörde, die diese Verarbeitung betreffen. Er führt ein Verzeichnis nach Art. 30 Abs. 2 DSGVO und legt es der Aufsichtsbehörde auf Anfrage vor.
`,
    `
## § 10 Assistance under Art. 32 to 36 GDPR; notification of personal data breaches

(1) Taking into account the nature of the processing and the information available to it, the Provider assists the Customer in ensuring compliance with the obligations pursuant to Art. 32 to 36 GDPR: security of processing, notification of personal data breaches to the supervisory authority, communication to data subjects, data protection impact assessment and prior consultation.

(2) Where the Provider becomes aware of a personal data breach concerning the Customer’s data, it notifies the Customer without undue delay${deadline.en} by e-mail to the signatories and notice contacts, and additionally by telephone in the case of serious incidents. The notification contains, insofar as known:

(a) the nature of the breach, where possible with the categories and approximate number of data subjects and records concerned;

(b) the name and contact details of the data protection officer or another contact point for more information;

(c) the likely consequences of the breach;

(d) the measures taken or proposed to address and mitigate the breach.

The Provider supplies missing information without undue further delay.

(3) The Provider takes the necessary measures to secure the data without undue delay, coordinates them with the Customer and documents the incident. It notifies the supervisory authority or data subjects only on the Customer’s instructions.

(4) The Provider informs the Customer without undue delay of inspections by a supervisory authority that concern this processing. It maintains a record under Art. 30(2) GDPR and makes it available to the supervisory authority on request.
`,
  );

const breachV1 = s(
  ', nach Möglichkeit innerhalb von 48 Stunden nach Kenntniserlangung,',
  ', where feasible within 48 hours of becoming aware of it,',
);
const breachV2 = s(
  ', spätestens innerhalb von 24 Stunden nach Kenntniserlangung,',
  ', and in any event within 24 hours of becoming aware of it,',
);

const p11Head = s(
  `
## § 11 Löschung und Rückgabe; Aufbewahrungsfristen

(1) Nach Abschluss der Erbringung der Verarbeitungsleistungen löscht der Auftragnehmer nach Wahl des Auftraggebers alle personenbezogenen Daten oder gibt sie ihm zurück und löscht die vorhandenen Kopien, sofern nicht nach dem Recht der Union oder der Mitgliedstaaten eine Verpflichtung zur Speicherung besteht. Enden einzelne Leistungen, gilt dies für die ihnen zugeordneten Daten.
`,
  `
## § 11 Deletion and return; retention periods

(1) After the end of the provision of the processing services, the Provider, at the Customer’s choice, deletes or returns all personal data to the Customer and deletes existing copies, unless Union or Member State law requires storage of the data. Where individual services end, this applies to the data assigned to them.
`,
);

const p11DeletionV1 = s(
  `
(2) Der Auftraggeber kann seine Daten bis zum Ende der Laufzeit über die Verwaltungsfunktionen selbst exportieren. Eine Rückgabe durch den Auftragnehmer erfolgt in einem gängigen, maschinenlesbaren Format. Trifft der Auftraggeber keine Wahl, löscht der Auftragnehmer die Daten nach Beendigung der Leistungen.
`,
  `
(2) The Customer can export its data itself via the administration functions until the end of the term. Where the Provider returns data, it does so in a common, machine-readable format. If the Customer makes no choice, the Provider deletes the data after the services have ended.
`,
);

const p11DeletionV2 = s(
  `
(2) Der Auftraggeber kann seine Daten bis zum Ende der Laufzeit über die Verwaltungsfunktionen selbst exportieren. Die Rückgabe durch den Auftragnehmer kann er bis 14 Tage nach Beendigung der Leistungen in Textform verlangen; sie erfolgt in einem gängigen, maschinenlesbaren Format über einen verschlüsselten Übertragungsweg. Bis dahin bleiben die Daten gesperrt erhalten. Danach löscht der Auftragnehmer sie aus den Produktivsystemen, spätestens 30 Tage nach Beendigung der Leistungen, und aus den Datensicherungen spätestens 21 Tage nach dieser Löschung. Den Abschluss der Löschung bestätigt er unaufgefordert in Textform.
`,
  `
(2) The Customer can export its data itself via the administration functions until the end of the term. It may request in text form that the Provider return the data until 14 days after the services have ended; the data are then returned in a common, machine-readable format via an encrypted channel. Until then, the data are retained in blocked form. Thereafter the Provider deletes them from the production systems, at the latest 30 days after the services have ended, and from the backups at the latest 21 days after that deletion. It confirms completion of the deletion in text form without being asked.
`,
);

const p11Rest = s(
  `
(3) Zugriffsprotokolle der Webserver (insbesondere IP-Adresse, Zeitpunkt, abgerufene Ressource, Browserkennung) werden nach 7 Tagen gelöscht, Datensicherungen mit solchen Protokollen spätestens nach 21 Tagen. Datensicherungen werden allgemein rollierend für höchstens 21 Tage aufbewahrt; gelöschte Daten sind daher spätestens 21 Tage nach ihrer Löschung auch aus den Sicherungen entfernt. Bis dahin bleiben sie verschlüsselt und werden nur auf Weisung wiederhergestellt.

(4) Ausgesonderte Datenträger werden nach DIN 66399 vernichtet oder mit einem anerkannten Verfahren gelöscht, das eine Wiederherstellung ausschließt; dies wird protokolliert.

(5) Dokumentationen, die dem Nachweis der ordnungsgemäßen Verarbeitung dienen, darf der Auftragnehmer entsprechend den gesetzlichen Aufbewahrungsfristen über das Vertragsende hinaus aufbewahren. Ein Zurückbehaltungsrecht an Daten des Auftraggebers besteht nicht.
`,
  `
(3) Web server access logs (in particular IP address, time, requested resource, user agent) are deleted after 7 days, and backups containing such logs after 21 days at the latest. Backups are generally kept on a rolling basis for no longer than 21 days; deleted data are therefore also removed from the backups no later than 21 days after their deletion. Until then, they remain encrypted and are restored only on instructions.

(4) Decommissioned storage media are destroyed in accordance with DIN 66399 or erased using a recognised method that rules out recovery; this is logged.

(5) The Provider may retain documentation serving as evidence of proper processing beyond the end of this Agreement in accordance with statutory retention periods. There is no right of retention in respect of the Customer’s data.
`,
);

const p12Head = s(
  `
## § 12 Nachweise und Überprüfungen

(1) Der Auftragnehmer stellt dem Auftraggeber alle erforderlichen Informationen zum Nachweis der Einhaltung der in Art. 28 DSGVO und in diesem Vertrag niedergelegten Pflichten zur Verfügung und ermöglicht Überprüfungen – einschließlich Inspektionen –, die vom Auftraggeber oder einem anderen von diesem beauftragten Prüfer durchgeführt werden, und trägt dazu bei.
`,
  `
## § 12 Evidence and audits

(1) The Provider makes available to the Customer all information necessary to demonstrate compliance with the obligations laid down in Art. 28 GDPR and in this Agreement, and allows for and contributes to audits, including inspections, conducted by the Customer or another auditor mandated by the Customer.
`,
);

const p12V1 = s(
  `
(2) Der Nachweis kann auch durch geeignete Zertifikate, Berichte unabhängiger Prüfer oder Selbstauskünfte erbracht werden.

(3) Inspektionen vor Ort kündigt der Auftraggeber mindestens 14 Tage im Voraus an, sofern nicht ein besonderer Anlass wie eine Datenschutzverletzung eine kürzere Frist rechtfertigt. Sie finden während der üblichen Geschäftszeiten ohne vermeidbare Betriebsstörung statt; in Rechenzentren von Unterauftragsverarbeitern gelten deren Zutrittsregeln. Beauftragte Prüfer dürfen keine Wettbewerber des Auftragnehmers sein und sind zur Verschwiegenheit zu verpflichten; die Vertraulichkeit der Daten anderer Kunden ist zu wahren.

(4) Eine Überprüfung je Kalenderjahr unterstützt der Auftragnehmer ohne gesonderte Vergütung; für weitere kann er eine angemessene Aufwandsvergütung verlangen, es sei denn, sie sind durch einen Vertragsverstoß des Auftragnehmers veranlasst.
`,
  `
(2) Evidence may also be provided by suitable certificates, reports of independent auditors or self-assessments.

(3) The Customer announces on-site inspections at least 14 days in advance, unless a particular occasion such as a personal data breach justifies a shorter period. They take place during normal business hours without avoidable disruption of operations; in the data centres of subprocessors, their access rules apply. Mandated auditors must not be competitors of the Provider and must be bound to confidentiality; the confidentiality of other customers’ data must be preserved.

(4) The Provider supports one audit per calendar year without separate charge; for further audits it may charge reasonable compensation for its effort, unless they are prompted by a breach of this Agreement by the Provider.
`,
);

const p12V2 = s(
  `
(2) Zum Nachweis stellt der Auftragnehmer auf Anfrage zunächst aktuelle Prüfnachweise bereit, insbesondere ein gültiges Zertifikat nach ISO/IEC 27001 mit Geltungsbereich und Erklärung zur Anwendbarkeit, eine Zusammenfassung des letzten Zertifizierungs- oder Überwachungsaudits sowie zusammengefasste Ergebnisse von Penetrationstests. Das Recht des Auftraggebers auf weitergehende Überprüfungen einschließlich Inspektionen bleibt unberührt; er benennt bei deren Ankündigung die durch die Nachweise nicht abgedeckten Prüfgegenstände.

(3) Inspektionen vor Ort kündigt der Auftraggeber mindestens 14 Tage im Voraus an, sofern nicht ein besonderer Anlass wie eine Datenschutzverletzung oder eine Anordnung der Aufsichtsbehörde eine kürzere Frist rechtfertigt. Sie finden während der üblichen Geschäftszeiten ohne vermeidbare Betriebsstörung statt, auf Wunsch des Auftraggebers auch als Fernprüfung per Videokonferenz; in Rechenzentren von Unterauftragsverarbeitern gelten deren Zutrittsregeln. Beauftragte Prüfer dürfen keine Wettbewerber des Auftragnehmers sein und sind zur Verschwiegenheit zu verpflichten; die Vertraulichkeit der Daten anderer Kunden ist zu wahren.

(4) Die Nachweise nach Absatz 2 stellt der Auftragnehmer ohne gesonderte Vergütung bereit und unterstützt ebenso eine weitergehende Überprüfung je Kalenderjahr; für weitere Überprüfungen kann er eine angemessene Aufwandsvergütung verlangen, es sei denn, sie sind durch einen Vertragsverstoß des Auftragnehmers oder eine Anordnung der Aufsichtsbehörde veranlasst.
`,
  `
(2) As evidence, the Provider first provides current audit evidence on request, in particular a valid ISO/IEC 27001 certificate with its scope and statement of applicability, a summary of the most recent certification or surveillance audit and summarised results of penetration tests. The Customer’s right to further audits, including inspections, remains unaffected; when announcing them, it names the subjects not covered by the evidence.

(3) The Customer announces on-site inspections at least 14 days in advance, unless a particular occasion such as a personal data breach or an order of the supervisory authority justifies a shorter period. They take place during normal business hours without avoidable disruption of operations and, at the Customer’s request, may be held remotely by video conference; in the data centres of subprocessors, their access rules apply. Mandated auditors must not be competitors of the Provider and must be bound to confidentiality; the confidentiality of other customers’ data must be preserved.

(4) The Provider supplies the evidence under paragraph 2 and supports one further audit per calendar year without separate charge; for further audits it may charge reasonable compensation for its effort, unless they are prompted by a breach of this Agreement by the Provider or by an order of the supervisory authority.
`,
);

const p13 = s(
  `
## § 13 Pflichten des Auftraggebers

(1) Der Auftraggeber ist für die Rechtmäßigkeit der Verarbeitung, einschließlich der Überlassung der Daten an den Auftragnehmer, und für die Wahrung der Rechte betroffener Personen verantwortlich. Stellt er Fehler oder Unregelmäßigkeiten im Hinblick auf den Datenschutz fest, informiert er den Auftragnehmer unverzüglich.

(2) Nutzt der Auftraggeber Webhosting-Leistungen, informiert er die Besucher seiner Websites in seiner Datenschutzerklärung über die Webserver-Protokolle und deren Speicherdauer nach § 11 Abs. 3.

(3) Der Auftraggeber hält die Angaben zu seinen Unterzeichnungsberechtigten und Ansprechpartnern für Mitteilungen im Kundenportal aktuell; Mitteilungen an diese Adressen gelten als zugegangen.
`,
  `
## § 13 Obligations of the Customer

(1) The Customer is responsible for the lawfulness of the processing, including making the data available to the Provider, and for safeguarding the rights of data subjects. If it detects errors or irregularities with regard to data protection, it informs the Provider without undue delay.

(2) Where the Customer uses web hosting services, it informs the visitors of its websites in its privacy notice about the web server logs and their retention period under § 11(3).

(3) The Customer keeps the details of its signatories and notice contacts in the customer portal up to date; notices sent to these addresses are deemed received.
`,
);

const p14 = s(
  `
## § 14 Datenschutzbeauftragter und Ansprechpartner

(1) Datenschutzbeauftragter des Auftragnehmers ist {{provider.dpoName}}, erreichbar unter {{provider.dpoEmail}}. Einen Wechsel teilt der Auftragnehmer unverzüglich mit.

(2) Der Auftraggeber benennt im Kundenportal seine Unterzeichnungsberechtigten und Ansprechpartner für Mitteilungen, etwa seinen Datenschutzbeauftragten; Letztere benötigen kein eigenes Benutzerkonto. Erklärungen nach diesem Vertrag, insbesondere Einsprüche nach § 8, richtet der Auftraggeber über das Kundenportal oder in Textform an den Datenschutzbeauftragten des Auftragnehmers.
`,
  `
## § 14 Data protection officer and contact persons

(1) The Provider’s data protection officer is {{provider.dpoName}}, who can be reached at {{provider.dpoEmail}}. The Provider gives notice of any change without undue delay.

(2) The Customer names its signatories and notice contacts, such as its data protection officer, in the customer portal; notice contacts do not need a user account. The Customer sends declarations under this Agreement, in particular objections under § 8, via the customer portal or in text form to the Provider’s data protection officer.
`,
);

const p15 = s(
  `
## § 15 Haftung

(1) Für die Haftung gegenüber betroffenen Personen gilt Art. 82 DSGVO. Der Auftragnehmer haftet danach nur, wenn er seinen speziell den Auftragsverarbeitern auferlegten Pflichten nicht nachgekommen ist oder unter Nichtbeachtung der rechtmäßig erteilten Weisungen des Auftraggebers oder gegen diese gehandelt hat. Eine Partei ist von der Haftung befreit, wenn sie nachweist, dass sie für den schadensbegründenden Umstand in keinerlei Hinsicht verantwortlich ist.

(2) Hat eine Partei vollständigen Schadenersatz geleistet, kann sie von der anderen Partei den Teil zurückfordern, der deren Anteil an der Verantwortung entspricht (Art. 82 Abs. 5 DSGVO).

(3) Im Übrigen gelten im Verhältnis der Parteien die Haftungsregelungen des Hauptvertrags, soweit zwingendes Recht nicht entgegensteht. Die Haftung für Vorsatz, grobe Fahrlässigkeit und für Schäden aus der Verletzung des Lebens, des Körpers oder der Gesundheit bleibt unberührt.
`,
  `
## § 15 Liability

(1) Liability towards data subjects is governed by Art. 82 GDPR. Accordingly, the Provider is liable only where it has not complied with obligations specifically directed to processors or has acted outside or contrary to lawful instructions of the Customer. A Party is exempt from liability if it proves that it is not in any way responsible for the event giving rise to the damage.

(2) Where a Party has paid full compensation, it may claim back from the other Party that part corresponding to the other Party’s part of responsibility (Art. 82(5) GDPR).

(3) In all other respects, the liability provisions of the Main Agreement apply between the Parties unless mandatory law precludes this. Liability for intent, gross negligence and damage resulting from injury to life, body or health remains unaffected.
`,
);

const p16 = s(
  `
## § 16 Laufzeit und Beendigung

(1) Dieser Vertrag tritt mit seinem Abschluss in Kraft und endet mit der Beendigung des Hauptvertrags, ohne dass es einer Kündigung bedarf. Die Pflichten nach § 11 und zur Vertraulichkeit bestehen bis zu ihrer Erfüllung fort. Eine isolierte ordentliche Kündigung dieses Vertrags ist ausgeschlossen.

(2) Der Auftraggeber kann diesen Vertrag und den Hauptvertrag ganz oder für einzelne Leistungen fristlos kündigen, wenn der Auftragnehmer schwerwiegend gegen diesen Vertrag oder datenschutzrechtliche Bestimmungen verstößt, eine rechtmäßige Weisung nicht ausführt oder Überprüfungen nach § 12 verweigert.

(3) Veröffentlicht der Auftragnehmer eine neue Fassung dieses Vertrags, fordert er den Auftraggeber zum Abschluss auf. Bis dahin gilt die bisherige Fassung fort; mit dem Abschluss wird sie abgelöst.
`,
  `
## § 16 Term and termination

(1) This Agreement enters into force upon its conclusion and ends upon termination of the Main Agreement without notice of termination being required. The obligations under § 11 and of confidentiality continue until fulfilled. Ordinary termination of this Agreement on its own is excluded.

(2) The Customer may terminate this Agreement and the Main Agreement, in whole or for individual services, without notice if the Provider seriously breaches this Agreement or data protection provisions, does not carry out a lawful instruction or refuses audits under § 12.

(3) If the Provider publishes a new version of this Agreement, it invites the Customer to conclude it. Until then, the previous version continues to apply; upon conclusion it is superseded.
`,
);

const p17 = s(
  `
## § 17 Vertragsschluss in einem elektronischen Format; Änderungen

(1) Dieser Vertrag wird gemäß Art. 28 Abs. 9 DSGVO in einem elektronischen Format (Textform, § 126b BGB) geschlossen. Der Auftragnehmer stellt ihn im Kundenportal zum Abschluss bereit. Der Vertrag kommt zustande, wenn eine zur Vertretung des Auftraggebers berechtigte Person dort ihre Vertretungsberechtigung bestätigt, ihren vollständigen Namen und ihre Funktion angibt und den Vertrag ausdrücklich abschließt.

(2) Der Auftragnehmer dokumentiert den Vertragsschluss mit Zeitpunkt (UTC), Name und Funktion der unterzeichnenden Person, IP-Adresse, Browserkennung sowie SHA-256-Prüfsummen des Vertragstextes und des Vertragsdokuments. Der Auftraggeber erhält den Vertrag mit Anlagen und Nachweisblatt als PDF per E-Mail und kann ihn jederzeit im Kundenportal abrufen.

(3) Änderungen dieses Vertrags bedürfen der Textform oder eines Abschlusses nach Absatz 1. Die Fortschreibung der Anlagen II bis IV nach diesem Vertrag bleibt unberührt.
`,
  `
## § 17 Conclusion in an electronic format; amendments

(1) This Agreement is concluded in an electronic format (text form, section 126b BGB) pursuant to Art. 28(9) GDPR. The Provider makes it available for conclusion in the customer portal. The Agreement is concluded when a person authorised to represent the Customer confirms their authority there, enters their full name and position, and expressly concludes the Agreement.

(2) The Provider records the conclusion with the time (UTC), the name and position of the signing person, IP address, user agent and SHA-256 checksums of the contract text and of the contract document. The Customer receives the Agreement with annexes and an evidence page as a PDF by e-mail and can retrieve it at any time in the customer portal.

(3) Amendments to this Agreement require text form or conclusion under paragraph 1. The updating of Annexes II to IV in accordance with this Agreement remains unaffected.
`,
);

const p18 = s(
  `
## § 18 Schlussbestimmungen

(1) Bei Widersprüchen gehen die Regelungen dieses Vertrags denen des Hauptvertrags und sonstiger Vereinbarungen der Parteien vor, soweit sie die Verarbeitung personenbezogener Daten betreffen. Dieser Vertrag ersetzt frühere Vereinbarungen der Parteien über die Auftragsverarbeitung.

(2) Sollte eine Bestimmung dieses Vertrags unwirksam oder undurchführbar sein oder werden, bleibt die Wirksamkeit der übrigen Bestimmungen unberührt. An ihre Stelle tritt eine Regelung, die den Anforderungen des Art. 28 DSGVO genügt und dem Zweck der ursprünglichen Bestimmung am nächsten kommt; dasselbe gilt für Regelungslücken.

(3) Es gilt das Recht der Bundesrepublik Deutschland.

(4) Ist der Auftraggeber Kaufmann, juristische Person des öffentlichen Rechts oder öffentlich-rechtliches Sondervermögen, ist ausschließlicher Gerichtsstand für alle Streitigkeiten aus und im Zusammenhang mit diesem Vertrag der Sitz des Auftragnehmers. Zwingende gesetzliche Gerichtsstände bleiben unberührt.

(5) Maßgeblich ist die deutsche Fassung dieses Vertrags; die englische Fassung dient nur der Information.
`,
  `
## § 18 Final provisions

(1) In the event of conflict, the provisions of this Agreement take precedence over those of the Main Agreement and any other agreements between the Parties insofar as they concern the processing of personal data. This Agreement replaces earlier agreements between the Parties on data processing.

(2) Should any provision of this Agreement be or become invalid or unenforceable, the validity of the remaining provisions remains unaffected. It is replaced by a provision that meets the requirements of Art. 28 GDPR and comes closest to the purpose of the original provision; the same applies to any gaps.

(3) This Agreement is governed by the law of the Federal Republic of Germany.

(4) If the Customer is a merchant (Kaufmann), a legal entity under public law or a special fund under public law, the exclusive place of jurisdiction for all disputes arising from or in connection with this Agreement is the Provider’s registered office. Mandatory statutory places of jurisdiction remain unaffected.

(5) The German version of this Agreement is governing; the English version is provided for information only.
`,
);

const annexes = s(
  `
## Anlagen

Die folgenden Anlagen sind Bestandteil dieses Vertrags. Sie werden bei Vertragsschluss aus den im Kundenportal hinterlegten Daten erstellt und dem Vertragsdokument beigefügt:

- Anlage I – Vertragsparteien und Ansprechpartner
- Anlage II – Beschreibung der Verarbeitung: Gegenstand, Art und Zweck, Arten personenbezogener Daten und Kategorien betroffener Personen je gebuchter Leistung
- Anlage III – Technische und organisatorische Maßnahmen nach Art. 32 DSGVO in der geltenden Fassung
- Anlage IV – Genehmigte Unterauftragsverarbeiter für die gebuchten Leistungen
`,
  `
## Annexes

The following annexes form part of this Agreement. They are generated at conclusion from the data held in the customer portal and attached to the contract document:

- Annex I – Parties and contact persons
- Annex II – Description of the processing: subject matter, nature and purpose, types of personal data and categories of data subjects for each booked service
- Annex III – Technical and organisational measures pursuant to Art. 32 GDPR in the version in force
- Annex IV – Authorised subprocessors for the booked services
`,
);

// ---------------------------------------------------------------------------------------------
// Versions
// ---------------------------------------------------------------------------------------------

const versionBody = (v: {
  p7: LocalizedText;
  p8Notice: LocalizedText;
  breach: LocalizedText;
  p11Deletion: LocalizedText;
  p12: LocalizedText;
}): LocalizedText =>
  body([
    sampleNote,
    parties,
    preamble,
    p1,
    p2,
    p3,
    p4,
    p5,
    p6,
    v.p7,
    cat(p8Head, v.p8Notice, p8Rest),
    p9,
    p10(v.breach),
    cat(p11Head, v.p11Deletion, p11Rest),
    cat(p12Head, v.p12),
    p13,
    p14,
    p15,
    p16,
    p17,
    p18,
    annexes,
  ]);

export const dpaTemplateV1: TemplateText = {
  title,
  body: versionBody({
    p7: p7Base,
    p8Notice: p8NoticeV1,
    breach: breachV1,
    p11Deletion: p11DeletionV1,
    p12: p12V1,
  }),
  changeSummary: s('Erste Fassung', 'First version'),
};

export const dpaTemplateV2: TemplateText = {
  title,
  body: versionBody({
    p7: cat(p7Base, p7AiTools),
    p8Notice: p8NoticeV2,
    breach: breachV2,
    p11Deletion: p11DeletionV2,
    p12: p12V2,
  }),
  changeSummary: s(
    'Zweite Fassung. § 7 Abs. 5 neu: KI-gestützte Werkzeuge werden in Support, Fernwartung und Monitoring nur mit vorheriger Zustimmung des Auftraggebers eingesetzt; keine Verwendung von Kundendaten zum Training von KI-Modellen. § 8 Abs. 2 und 3: Ankündigungsfrist präzisiert (Kalendertage ab Zugang der Mitteilung), Mitteilung auch bei wesentlichen Änderungen genehmigter Unterauftragsverarbeiter und zusätzlich über Feed und Webhook, Einspruch bis zum Ablauf des Tages vor dem Wirksamwerden, Eingangsbestätigung. § 10 Abs. 2: Meldung von Datenschutzverletzungen spätestens innerhalb von 24 Stunden (bisher nach Möglichkeit 48 Stunden). § 11 Abs. 2: Löschung nach Vertragsende präzisiert (Rückgabeverlangen bis 14 Tage, Löschung aus Produktivsystemen spätestens nach 30 Tagen, aus Sicherungen spätestens 21 Tage danach, unaufgeforderte Löschbestätigung). § 12: Nachweis zunächst durch ISO/IEC-27001-Zertifikat und Prüfberichte; Inspektionen bleiben möglich, auch als Fernprüfung.',
    'Second version. § 7(5) new: AI-assisted tools are used in support, remote maintenance and monitoring only with the Customer’s prior consent; Customer data are never used to train AI models. § 8(2) and (3): notice period clarified (calendar days from receipt of the notice), notice also for material changes to authorised subprocessors and additionally via feed and webhook, objections until the end of the day before the change takes effect, acknowledgement of receipt. § 10(2): personal data breaches notified within 24 hours at the latest (previously 48 hours where feasible). § 11(2): deletion after the end of the contract clarified (return requests up to 14 days, deletion from production systems within 30 days, from backups at most 21 days later, confirmation of deletion without being asked). § 12: evidence first by ISO/IEC 27001 certificate and audit reports; inspections remain possible, also remotely.',
  ),
};
