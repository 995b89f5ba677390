import type { Locale } from '@/lib/i18n/config';
import { htmlMail } from './layout';

// To every signatory of an organisation with an active agreement: the TOMs are part of it (Annex III).

const copy = {
  de: {
    subject: (version: number) => `Die technischen und organisatorischen Maßnahmen wurden aktualisiert (Fassung ${version})`,
    title: 'Aktualisierte TOMs',
    lines: (org: string, version: number) => [
      'Guten Tag,',
      `die technischen und organisatorischen Maßnahmen (TOMs, Art. 32 DSGVO), die Anlage III des AV-Vertrags von ${org} bilden, liegen in einer neuen Fassung ${version} vor.`,
      'Das vereinbarte Schutzniveau wird dabei nicht unterschritten. Die Änderungen und einen Vergleich mit der vorigen Fassung finden Sie im AV-Portal.',
    ],
    action: 'TOMs ansehen',
  },
  en: {
    subject: (version: number) => `The technical and organisational measures were updated (version ${version})`,
    title: 'The TOMs were updated',
    lines: (org: string, version: number) => [
      'Hello,',
      `the technical and organisational measures (TOMs, Art. 32 GDPR) that form Annex III of the data processing agreement of ${org} are now available in version ${version}.`,
      'The agreed level of protection is not lowered. You can see the changes and a comparison with the previous version in the DPA portal.',
    ],
    action: 'View the TOMs',
  },
} as const;

export function tomsUpdatedMail(locale: Locale, { orgName, version, url }: { orgName: string; version: number; url: string }) {
  const c = copy[locale];
  const lines = c.lines(orgName, version);
  return {
    subject: c.subject(version),
    text: `${lines.join('\n\n')}\n\n${c.action}: ${url}\n`,
    html: htmlMail(c.title, lines, { label: c.action, url }),
  };
}
