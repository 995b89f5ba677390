import type { LocalizedText } from '@/db/schema';

// The clause for customers bound by professional secrecy (lawyers, tax advisers, doctors ...):
// § 203 StGB makes the disclosure of their clients' secrets to a service provider lawful only if
// the provider is bound to secrecy; § 43e BRAO and § 62a StBerG say what the contract (in text
// form) must contain: the duty of secrecy with a warning about the criminal consequences, taking
// note only as far as needed, whether further persons may be engaged and their being bound in text
// form, and for services abroad a comparable protection. Our own wording; German governs.
// An organisation gets it when an admin sets its flag (organisations.professional_secrecy); the
// annex snapshot freezes the text, the contract text carries it (decision 0090).

export const PROFESSIONAL_SECRECY_CLAUSE: LocalizedText = {
  de: `## Zusatzvereinbarung zum Schutz von Berufsgeheimnissen (§ 203 StGB, § 43e BRAO, § 62a StBerG)

(1) Der Auftraggeber unterliegt einer beruflichen Schweigepflicht, etwa nach § 203 des Strafgesetzbuchs (StGB), § 43a Abs. 2 der Bundesrechtsanwaltsordnung (BRAO) oder § 57 Abs. 1 des Steuerberatungsgesetzes (StBerG). Diese Zusatzvereinbarung ergänzt den Vertrag; soweit sie strengere Pflichten vorsieht, geht sie ihm vor. Sie ist in Textform geschlossen (§ 43e Abs. 3 BRAO, § 62a Abs. 3 StBerG).

(2) Der Auftragnehmer ist verpflichtet, über alle fremden Geheimnisse, die ihm bei der Erbringung der Leistungen oder bei Gelegenheit dieser Tätigkeit bekannt werden, Verschwiegenheit zu wahren. Diese Pflicht gilt zeitlich unbegrenzt, auch nach dem Ende des Vertrags.

(3) Der Auftragnehmer nimmt von fremden Geheimnissen nur insoweit Kenntnis, als dies zur Erbringung der vereinbarten Leistungen erforderlich ist.

(4) Der Auftraggeber weist den Auftragnehmer darauf hin, dass sich nach § 203 Abs. 4 StGB strafbar machen kann, wer als mitwirkende Person ein fremdes Geheimnis unbefugt offenbart, das ihm bei der Ausübung oder bei Gelegenheit seiner Tätigkeit bekannt geworden ist. Der Auftragnehmer bestätigt mit dem Abschluss dieses Vertrags, diesen Hinweis erhalten zu haben.

(5) Der Auftragnehmer darf zur Erbringung der Leistungen eigene Beschäftigte sowie Unterauftragsverarbeiter nach den Regelungen dieses Vertrags heranziehen. Er verpflichtet jede Person, die dabei Kenntnis von fremden Geheimnissen erlangen kann, vor Beginn ihrer Tätigkeit in Textform zur Verschwiegenheit und weist sie auf die strafrechtlichen Folgen einer Pflichtverletzung hin. Unterauftragsverarbeitern erlegt er dieselben Pflichten in Textform auf, einschließlich der Pflicht, die von ihnen eingesetzten Personen ebenso zu verpflichten.

(6) Werden Leistungen im Ausland erbracht, stellt der Auftragnehmer sicher, dass der Schutz der Geheimnisse dort dem Schutz im Inland vergleichbar ist; anderenfalls erbringt er diese Leistungen nur mit vorheriger Zustimmung des Auftraggebers in Textform.

(7) Verlangt eine Behörde oder ein Gericht Zugang zu Daten des Auftraggebers, unterrichtet der Auftragnehmer den Auftraggeber unverzüglich, soweit dies rechtlich zulässig ist, damit dieser seine Rechte, etwa Zeugnisverweigerungsrechte und Beschlagnahmeverbote, geltend machen kann.`,
  en: `## Supplementary agreement on the protection of professional secrets (section 203 StGB, section 43e BRAO, section 62a StBerG)

(1) The Customer is bound by professional secrecy, for instance under section 203 of the German Criminal Code (StGB), section 43a(2) of the Federal Lawyers’ Act (BRAO) or section 57(1) of the Tax Advisers Act (StBerG). This supplementary agreement supplements the Agreement; where it imposes stricter obligations, it prevails. It is concluded in text form (section 43e(3) BRAO, section 62a(3) StBerG).

(2) The Provider keeps secret every third-party secret that becomes known to it in providing the services or on the occasion of doing so. This obligation is unlimited in time and continues after the end of the Agreement.

(3) The Provider takes note of third-party secrets only to the extent necessary to provide the agreed services.

(4) The Customer points out to the Provider that, under section 203(4) StGB, a person involved in the work who without authorisation discloses a third-party secret that became known to them in the course of or on the occasion of that work may be liable to criminal penalties. By concluding this Agreement, the Provider confirms that it has received this notice.

(5) The Provider may engage its own employees and, under the provisions of this Agreement, subprocessors to provide the services. Before they start work, it binds every person who may gain knowledge of third-party secrets in doing so to secrecy in text form and informs them of the criminal consequences of a breach. It imposes the same obligations on subprocessors in text form, including the obligation to bind the persons they engage in the same way.

(6) Where services are provided abroad, the Provider ensures that the protection of secrets there is comparable to that in Germany; otherwise it provides those services only with the Customer’s prior consent in text form.

(7) If an authority or a court requests access to the Customer’s data, the Provider informs the Customer without undue delay, where legally permitted, so that the Customer can assert its rights, such as the right to refuse testimony and prohibitions on seizure.`,
};

/** The contract body with the clause appended, when the snapshot agreed one. */
export function withProfessionalSecrecyClause(body: string, clause: string | undefined): string {
  return clause ? `${body.trimEnd()}\n\n${clause.trim()}\n` : body;
}
