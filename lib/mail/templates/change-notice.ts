import type { ChangeNotice, LocalizedText, Subprocessor } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import { escapeHtml } from './layout';

// The change notice as e-mail (GDPR Art. 28(2)): what changes, for which services, when, until when
// the recipient can object, and where. Text and HTML say the same; the text part is the one a
// DPO's archive keeps, so it stands on its own.

type SubprocessorFacts = Pick<Subprocessor, 'legalName' | 'country' | 'safeguard' | 'safeguardNote'> & {
  purpose?: LocalizedText;
};

export type ChangeNoticeMailInput = {
  locale: Locale;
  changeNotice: Pick<ChangeNotice, 'kind' | 'title' | 'description' | 'effectiveAt' | 'isEmergency' | 'emergencyReason'> & {
    /** Set at announcement; a draft's preview falls back to the effective time. */
    objectionsCloseAt?: Date | null;
  };
  subprocessor: SubprocessorFacts;
  /** The subprocessor a 'replace' notice replaces. */
  replaced?: SubprocessorFacts | null;
  services: { name: LocalizedText }[];
  orgName: string;
  /** APP_URL/orgs/<orgId>/notices/<noticeId> */
  objectUrl: string;
  /** The provider's time zone (settings.time_zone). */
  timeZone?: string;
};

const copy = {
  de: {
    kind: {
      add: 'Neuer Unterauftragsverarbeiter',
      replace: 'Austausch eines Unterauftragsverarbeiters',
      remove: 'Wegfall eines Unterauftragsverarbeiters',
      update: 'Wesentliche Änderung bei einem Unterauftragsverarbeiter',
    },
    intro: (org: string) =>
      `wir informieren Sie gemäß Art. 28 Abs. 2 DSGVO und Ihrem AV-Vertrag über eine beabsichtigte Änderung bei den Unterauftragsverarbeitern, die ${org} betrifft.`,
    subprocessor: 'Unterauftragsverarbeiter',
    replaced: 'Ersetzt',
    country: 'Land',
    safeguard: 'Garantie für die Übermittlung',
    purpose: 'Zweck',
    services: 'Betroffene Leistungen',
    effective: 'Wirksam ab',
    deadline: 'Widerspruch möglich bis',
    emergency: 'Notfall-Austausch',
    emergencyText: (reason: string) =>
      `Der Unterauftragsverarbeiter wird wegen eines Notfalls sofort eingesetzt. Begründung: ${reason}. Sie können trotzdem widersprechen.`,
    objectHint:
      'Wenn Sie mit der Änderung nicht einverstanden sind, können Sie im AV-Portal mit Begründung widersprechen.',
    action: 'Änderung ansehen und ggf. widersprechen',
    footer: 'Sie erhalten diese Nachricht als Unterzeichner oder bestätigter Benachrichtigungskontakt Ihrer Organisation.',
    greeting: 'Guten Tag,',
    clock: ' Uhr',
  },
  en: {
    kind: {
      add: 'New subprocessor',
      replace: 'Replacement of a subprocessor',
      remove: 'Removal of a subprocessor',
      update: 'Material change to a subprocessor',
    },
    intro: (org: string) =>
      `as required by Art. 28(2) GDPR and your data processing agreement, we inform you of an intended change to the subprocessors that affects ${org}.`,
    subprocessor: 'Subprocessor',
    replaced: 'Replaces',
    country: 'Country',
    safeguard: 'Transfer safeguard',
    purpose: 'Purpose',
    services: 'Services affected',
    effective: 'Effective from',
    deadline: 'Deadline to object',
    emergency: 'Emergency replacement',
    emergencyText: (reason: string) =>
      `The subprocessor is engaged at once because of an emergency. Reason: ${reason}. You may still object.`,
    objectHint: 'If you do not agree with the change, you can object with a reason in the DPA portal.',
    action: 'View the change and object if needed',
    footer: 'You receive this message as a signatory or confirmed notice contact of your organisation.',
    greeting: 'Hello,',
    clock: '',
  },
} as const;

const safeguards: Record<Locale, Record<Subprocessor['safeguard'], string>> = {
  de: {
    eu_eea: 'Verarbeitung in der EU/im EWR',
    adequacy: 'Angemessenheitsbeschluss',
    scc: 'Standardvertragsklauseln',
    bcr: 'Verbindliche interne Datenschutzvorschriften (BCR)',
    other: 'Sonstige Garantie',
  },
  en: {
    eu_eea: 'Processing in the EU/EEA',
    adequacy: 'Adequacy decision',
    scc: 'Standard contractual clauses',
    bcr: 'Binding corporate rules',
    other: 'Other safeguard',
  },
};

/** "30.04.2027, 23:59 Uhr (MESZ)" / "30 Apr 2027, 23:59 (CEST)" in the provider's time zone. */
export function formatNoticeTime(value: Date, locale: Locale, timeZone = 'Europe/Berlin') {
  const parts = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    day: '2-digit',
    month: locale === 'de' ? '2-digit' : 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: 'short',
  }).formatToParts(value);
  const zone = parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  const withoutZone = parts
    .filter((p) => p.type !== 'timeZoneName')
    .map((p) => p.value)
    .join('')
    .trim();
  return `${withoutZone}${copy[locale].clock} (${zone})`;
}

/** Objections are possible before the effective time: the last minute before it is the deadline. */
export function objectionDeadline(effectiveAt: Date) {
  return new Date(effectiveAt.getTime() - 60_000);
}

function describe(s: SubprocessorFacts, locale: Locale) {
  const country = new Intl.DisplayNames([locale], { type: 'region' }).of(s.country) ?? s.country;
  const safeguard = safeguards[locale][s.safeguard] + (s.safeguardNote ? ` (${s.safeguardNote})` : '');
  return { name: s.legalName, country, safeguard, purpose: s.purpose?.[locale] };
}

export function renderChangeNoticeMail(input: ChangeNoticeMailInput): { subject: string; text: string; html: string } {
  const { locale, changeNotice: cn, orgName, objectUrl, timeZone } = input;
  const c = copy[locale];
  const sub = describe(input.subprocessor, locale);
  const replaced = input.replaced ? describe(input.replaced, locale) : null;
  const effective = formatNoticeTime(cn.effectiveAt, locale, timeZone);
  const deadline = formatNoticeTime(objectionDeadline(cn.objectionsCloseAt ?? cn.effectiveAt), locale, timeZone);
  const services = input.services.map((s) => s.name[locale]).join(', ');
  const subject = `${cn.isEmergency ? `${c.emergency}: ` : ''}${c.kind[cn.kind]}: ${sub.name} (${effective.split(',')[0]})`;

  const facts: [string, string][] = [
    [c.subprocessor, sub.name],
    [c.country, sub.country],
    [c.safeguard, sub.safeguard],
    ...(sub.purpose ? ([[c.purpose, sub.purpose]] as [string, string][]) : []),
    ...(replaced ? ([[c.replaced, `${replaced.name} (${replaced.country})`]] as [string, string][]) : []),
    [c.services, services || '-'],
    [c.effective, effective],
    [c.deadline, deadline],
  ];
  const emergency = cn.isEmergency ? c.emergencyText(cn.emergencyReason ?? '') : null;

  const text = [
    c.greeting,
    c.intro(orgName),
    `${c.kind[cn.kind]}: ${cn.title[locale]}`,
    ...(emergency ? [`${c.emergency.toUpperCase()}: ${emergency}`] : []),
    facts.map(([k, v]) => `${k}: ${v}`).join('\n'),
    cn.description[locale],
    c.objectHint,
    `${c.action}: ${objectUrl}`,
    c.footer,
  ].join('\n\n');

  const rows = facts
    .map(
      ([k, v]) =>
        `<tr><th style="text-align:left;vertical-align:top;padding:4px 12px 4px 0;font-weight:600">${escapeHtml(k)}</th><td style="padding:4px 0">${escapeHtml(v)}</td></tr>`,
    )
    .join('');
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5;max-width:600px;margin:0 auto;padding:24px">
<h1 style="font-size:20px">${escapeHtml(`${c.kind[cn.kind]}: ${cn.title[locale]}`)}</h1>
${emergency ? `<p style="margin:0 0 16px;padding:12px;border-left:4px solid #b91c1c;background:#fef2f2"><strong>${escapeHtml(c.emergency)}:</strong> ${escapeHtml(emergency)}</p>` : ''}
${p(c.greeting)}${p(c.intro(orgName))}
<table style="border-collapse:collapse;margin:0 0 16px">${rows}</table>
${cn.description[locale].split(/\n{2,}/).map(p).join('')}
${p(c.objectHint)}
<p style="margin:24px 0"><a href="${escapeHtml(objectUrl)}" style="background:#1d4ed8;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(c.action)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#6b7280">${escapeHtml(c.footer)}</p>
</body></html>`;
  return { subject, text, html };
}
