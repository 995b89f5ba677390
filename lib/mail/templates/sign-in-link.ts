import type { Locale } from '@/lib/i18n/config';
import { htmlMail } from './layout';

const copy = {
  de: {
    subject: 'Ihr Anmeldelink für das AV-Portal',
    title: 'Anmelden im AV-Portal',
    lines: (minutes: number) => [
      'Guten Tag,',
      `mit dem folgenden Link melden Sie sich im AV-Portal an. Er ist ${minutes} Minuten gültig und kann nur einmal verwendet werden.`,
      'Wenn Sie keine Anmeldung angefordert haben, können Sie diese E-Mail ignorieren.',
    ],
    action: 'Jetzt anmelden',
  },
  en: {
    subject: 'Your sign-in link for the DPA Portal',
    title: 'Sign in to the DPA Portal',
    lines: (minutes: number) => [
      'Hello,',
      `use the link below to sign in to the DPA Portal. It is valid for ${minutes} minutes and works only once.`,
      'If you did not ask to sign in, you can ignore this e-mail.',
    ],
    action: 'Sign in now',
  },
} as const;

export function signInLinkMail(locale: Locale, url: string, minutes: number) {
  const c = copy[locale];
  const lines = c.lines(minutes);
  return {
    subject: c.subject,
    text: `${lines.join('\n\n')}\n\n${c.action}: ${url}\n`,
    html: htmlMail(c.title, lines, { label: c.action, url }),
  };
}
