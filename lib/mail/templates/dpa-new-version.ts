import type { Locale } from '@/lib/i18n/config';
import { htmlMail } from './layout';

// To every signatory of an organisation whose active agreement is on an older DPA version.

const copy = {
  de: {
    subject: (version: number) => `Eine neue Fassung des AV-Vertrags ist verfügbar (Fassung ${version})`,
    title: 'Neue Fassung des AV-Vertrags',
    lines: (org: string, version: number) => [
      'Guten Tag,',
      `für ${org} ist eine neue Fassung des Vertrags zur Auftragsverarbeitung (AV-Vertrag) verfügbar: Fassung ${version}.`,
      'Ihr bisher unterzeichneter Vertrag bleibt wirksam. Bitte sehen Sie sich die Änderungen an und unterzeichnen Sie die neue Fassung im AV-Portal.',
    ],
    action: 'Änderungen ansehen',
  },
  en: {
    subject: (version: number) => `A new version of the DPA is available (version ${version})`,
    title: 'New version of the data processing agreement',
    lines: (org: string, version: number) => [
      'Hello,',
      `a new version of the data processing agreement (DPA) is available for ${org}: version ${version}.`,
      'The agreement you signed remains in force. Please review the changes and sign the new version in the DPA portal.',
    ],
    action: 'Review the changes',
  },
} as const;

export function dpaNewVersionMail(locale: Locale, { orgName, version, url }: { orgName: string; version: number; url: string }) {
  const c = copy[locale];
  const lines = c.lines(orgName, version);
  return {
    subject: c.subject(version),
    text: `${lines.join('\n\n')}\n\n${c.action}: ${url}\n`,
    html: htmlMail(c.title, lines, { label: c.action, url }),
  };
}
