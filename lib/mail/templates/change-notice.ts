import type { ChangeNotice, LocalizedText, Subprocessor } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { escapeHtml } from './layout';
import { regionName } from '@/lib/i18n/intl-cache';

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
  /** A notice contact's own signed unsubscribe link (issue 12); absent for signatories. */
  unsubscribeUrl?: string;
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
  return translator(locale)('mail.changeNotice.time', { time: withoutZone, zone });
}

/** Objections are possible before the effective time: the last minute before it is the deadline. */
export function objectionDeadline(effectiveAt: Date) {
  return new Date(effectiveAt.getTime() - 60_000);
}

function describe(s: SubprocessorFacts, locale: Locale) {
  const country = regionName(locale, s.country);
  const safeguard = translator(locale)(`mail.changeNotice.safeguard.${s.safeguard}`) + (s.safeguardNote ? ` (${s.safeguardNote})` : '');
  return { name: s.legalName, country, safeguard, purpose: s.purpose?.[locale] };
}

/** Lower case, letters and digits only, single spaces: "Neuer  Unterauftrags-Verarbeiter:" -> "neuer unterauftrags verarbeiter". */
function normalise(text: string) {
  return text
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * "Neuer Unterauftragsverarbeiter: Filter AG" - the change type before the staff's title, unless
 * the title already says it (then the type would be said twice): the mail's long name of the type
 * anywhere in the title, or a short name of it (the staff's "Austausch", "Hinzufügung") at its start.
 */
export function noticeHeading(kindLabel: string, title: string, shortLabels: readonly string[] = []) {
  const said = normalise(title);
  const long = normalise(kindLabel);
  const saysIt =
    (long !== '' && ` ${said} `.includes(` ${long} `)) ||
    shortLabels.map(normalise).some((short) => short !== '' && (said === short || said.startsWith(`${short} `)));
  return saysIt ? title : `${kindLabel}: ${title}`;
}

export function renderChangeNoticeMail(input: ChangeNoticeMailInput): { subject: string; text: string; html: string } {
  const { locale, changeNotice: cn, orgName, objectUrl, timeZone } = input;
  const t = translator(locale);
  const c = {
    kind: t(`mail.changeNotice.kind.${cn.kind}`),
    subprocessor: t('mail.changeNotice.subprocessor'),
    replaced: t('mail.changeNotice.replaced'),
    country: t('mail.changeNotice.country'),
    safeguard: t('mail.changeNotice.safeguardLabel'),
    purpose: t('mail.changeNotice.purpose'),
    services: t('mail.changeNotice.services'),
    effective: t('mail.changeNotice.effective'),
    deadline: t('mail.changeNotice.deadline'),
    emergency: t('mail.changeNotice.emergency'),
    objectHint: t('mail.changeNotice.objectHint'),
    action: t('mail.changeNotice.action'),
    footer: t('mail.changeNotice.footer'),
    greeting: t('mail.greeting'),
    intro: t('mail.changeNotice.intro', { orgName }),
  };
  const sub = describe(input.subprocessor, locale);
  const replaced = input.replaced ? describe(input.replaced, locale) : null;
  const effective = formatNoticeTime(cn.effectiveAt, locale, timeZone);
  const deadline = formatNoticeTime(objectionDeadline(cn.objectionsCloseAt ?? cn.effectiveAt), locale, timeZone);
  const services = input.services.map((s) => s.name[locale]).join(', ');
  const subject = `${cn.isEmergency ? `${c.emergency}: ` : ''}${c.kind}: ${sub.name} (${effective.split(',')[0]})`;
  const heading = noticeHeading(c.kind, cn.title[locale], [t(`changeNotice.kind.${cn.kind}`)]);

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
  const emergency = cn.isEmergency ? t('mail.changeNotice.emergencyText', { reason: cn.emergencyReason ?? '' }) : null;

  const text = [
    c.greeting,
    c.intro,
    heading,
    ...(emergency ? [`${c.emergency.toUpperCase()}: ${emergency}`] : []),
    facts.map(([k, v]) => `${k}: ${v}`).join('\n'),
    cn.description[locale],
    c.objectHint,
    `${c.action}: ${objectUrl}`,
    c.footer,
    ...(input.unsubscribeUrl ? [`${t('account.unsubscribe.mailLine')}: ${input.unsubscribeUrl}`] : []),
  ].join('\n\n');

  const rows = facts
    .map(
      ([k, v]) =>
        `<tr><th style="text-align:left;vertical-align:top;padding:4px 12px 4px 0;font-weight:600">${escapeHtml(k)}</th><td style="padding:4px 0">${escapeHtml(v)}</td></tr>`,
    )
    .join('');
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5;max-width:600px;margin:0 auto;padding:24px">
<h1 style="font-size:20px">${escapeHtml(heading)}</h1>
${emergency ? `<p style="margin:0 0 16px;padding:12px;border-left:4px solid #b91c1c;background:#fef2f2"><strong>${escapeHtml(c.emergency)}:</strong> ${escapeHtml(emergency)}</p>` : ''}
${p(c.greeting)}${p(c.intro)}
<table style="border-collapse:collapse;margin:0 0 16px">${rows}</table>
${cn.description[locale].split(/\n{2,}/).map(p).join('')}
${p(c.objectHint)}
<p style="margin:24px 0"><a href="${escapeHtml(objectUrl)}" style="background:#1d4ed8;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(c.action)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#6b7280">${escapeHtml(c.footer)}</p>
${input.unsubscribeUrl ? `<p style="margin:0 0 16px;font-size:13px;color:#6b7280"><a href="${escapeHtml(input.unsubscribeUrl)}">${escapeHtml(t('account.unsubscribe.mailLine'))}</a></p>` : ''}
</body></html>`;
  return { subject, text, html };
}
