import type { Locale } from '@/lib/i18n/config';
import { htmlMail } from './layout';

// To a freshly named notice contact: confirm before anything else is sent to this address.

const copy = {
  de: {
    subject: (org: string) => `Bitte bestätigen: Benachrichtigungen zu Unterauftragsverarbeitern für ${org}`,
    title: 'Benachrichtigungen bestätigen',
    lines: (org: string) => [
      'Guten Tag,',
      `Sie wurden als Kontakt für Änderungsmitteilungen zu den Unterauftragsverarbeitern von ${org} (Art. 28 Abs. 2 DSGVO) eingetragen.`,
      'Bitte bestätigen Sie über den Link, dass Sie diese Mitteilungen erhalten möchten. Der Link ist 7 Tage gültig. Ohne Bestätigung erhalten Sie nichts weiter.',
      'Wenn Sie das nicht erwartet haben, ignorieren Sie diese Nachricht einfach.',
    ],
    action: 'Adresse bestätigen',
  },
  en: {
    subject: (org: string) => `Please confirm: subprocessor change notices for ${org}`,
    title: 'Confirm change notices',
    lines: (org: string) => [
      'Hello,',
      `you were named as the contact for change notices about the subprocessors of ${org} (Art. 28(2) GDPR).`,
      'Please confirm with the link that you want to receive these notices. The link is valid for 7 days. Without confirmation you will receive nothing else.',
      'If you did not expect this, simply ignore this message.',
    ],
    action: 'Confirm address',
  },
} as const;

export function confirmContactMail(locale: Locale, { orgName, url }: { orgName: string; url: string }) {
  const c = copy[locale];
  const lines = c.lines(orgName);
  return {
    subject: c.subject(orgName),
    text: `${lines.join('\n\n')}\n\n${c.action}: ${url}\n`,
    html: htmlMail(c.title, lines, { label: c.action, url }),
  };
}
