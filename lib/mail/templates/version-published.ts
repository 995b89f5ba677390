import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { htmlMail } from './layout';

// One mail for a published version of either kind (lib/versions/kinds): a new DPA version goes to
// the signatories of organisations on an older one, new TOMs (Annex III) to every organisation with
// an active agreement. Only the words differ, so they come from the kind's messages.

export type VersionMailKind = 'dpa' | 'toms';

export function versionPublishedMail(
  kind: VersionMailKind,
  locale: Locale,
  { orgName, version, url }: { orgName: string; version: number; url: string },
) {
  const t = translator(locale);
  const lines = [t('mail.greeting'), t(`mail.versionPublished.${kind}.body`, { orgName, version }), t(`mail.versionPublished.${kind}.note`)];
  const action = t(`mail.versionPublished.${kind}.action`);
  return {
    subject: t(`mail.versionPublished.${kind}.subject`, { version }),
    text: `${lines.join('\n\n')}\n\n${action}: ${url}\n`,
    html: htmlMail(t(`mail.versionPublished.${kind}.title`), lines, { label: action, url }),
  };
}
