import { describe, expect, it } from 'vitest';
import { formatNoticeTime, noticeHeading, objectionDeadline, renderChangeNoticeMail } from './change-notice';

const base = {
  changeNotice: {
    kind: 'replace' as const,
    title: { de: 'Neuer Spamfilter', en: 'New spam filter' },
    description: { de: 'Der Filter <wird> ersetzt.', en: 'The filter <is> replaced.' },
    // 00:00 on 1 May 2027 in Berlin (CEST).
    effectiveAt: new Date('2027-04-30T22:00:00Z'),
    isEmergency: true,
    emergencyReason: 'Insolvenz des bisherigen Anbieters',
  },
  subprocessor: { legalName: 'Filter AG', country: 'CH', safeguard: 'adequacy' as const, safeguardNote: null },
  replaced: { legalName: 'Old Filter GmbH', country: 'DE', safeguard: 'eu_eea' as const, safeguardNote: null },
  services: [{ name: { de: 'E-Mail', en: 'E-mail' } }, { name: { de: 'Webhosting', en: 'Web hosting' } }],
  orgName: 'Muster & Söhne GmbH',
  objectUrl: 'https://dpa.example.com/orgs/o/notices/n',
};

describe('change notice mail', () => {
  it('formats deadlines in the provider time zone with its abbreviation', () => {
    expect(formatNoticeTime(objectionDeadline(base.changeNotice.effectiveAt), 'de')).toBe('30.04.2027, 23:59 Uhr (MESZ)');
    expect(formatNoticeTime(new Date('2027-01-15T11:00:00Z'), 'en')).toBe('15 Jan 2027, 12:00 (CET)');
  });

  it('says what changes, for which services, when, until when to object, and where (German)', () => {
    const mail = renderChangeNoticeMail({ ...base, locale: 'de' });
    expect(mail.subject).toContain('Notfall-Austausch');
    for (const part of ['Filter AG', 'Schweiz', 'Angemessenheitsbeschluss', 'Old Filter GmbH', 'E-Mail, Webhosting', '01.05.2027, 00:00 Uhr (MESZ)', 'Einspruch möglich bis: 30.04.2027, 23:59 Uhr (MESZ)', 'Insolvenz des bisherigen Anbieters', base.objectUrl, 'Muster & Söhne GmbH']) {
      expect(mail.text).toContain(part);
    }
    expect(mail.html).toContain('Muster &#38; Söhne GmbH');
    expect(mail.html).toContain('&#60;wird&#62;');
    expect(mail.html).not.toContain('<wird>');
  });

  it('speaks English to English recipients', () => {
    const mail = renderChangeNoticeMail({ ...base, locale: 'en' });
    expect(mail.subject).toMatch(/^Emergency replacement: Replacement of a subprocessor: Filter AG/);
    expect(mail.text).toContain('Deadline to object: 30 Apr 2027, 23:59 (CEST)');
    expect(mail.text).toContain('Switzerland');
    expect(mail.text).toContain('Services affected: E-mail, Web hosting');
  });

  it('does not say the change type twice when the title already says it', () => {
    const title = { de: 'Neuer Unterauftragsverarbeiter: Filter AG', en: 'New subprocessor: Filter AG' };
    const mail = renderChangeNoticeMail({ ...base, locale: 'de', changeNotice: { ...base.changeNotice, kind: 'add', title } });
    expect(mail.html).toContain('<h1 style="font-size:20px">Neuer Unterauftragsverarbeiter: Filter AG</h1>');
    expect(mail.text).not.toContain('Neuer Unterauftragsverarbeiter: Neuer Unterauftragsverarbeiter');
    expect(noticeHeading('Neuer Unterauftragsverarbeiter', 'Neuer Spamfilter')).toBe('Neuer Unterauftragsverarbeiter: Neuer Spamfilter');
  });

  it('recognises the change type in the title whatever its case and punctuation, in both languages', () => {
    const de = (kind: 'add' | 'replace', title: string) =>
      renderChangeNoticeMail({ ...base, locale: 'de', changeNotice: { ...base.changeNotice, kind, title: { de: title, en: 'x' } } });
    // the long type in other case and punctuation: said once
    expect(de('add', 'NEUER UNTERAUFTRAGSVERARBEITER – Filter AG').text).not.toMatch(/Neuer Unterauftragsverarbeiter: NEUER/i);
    // the staff's short type at the start ("Austausch: …"): not prefixed with the long one
    const replace = de('replace', 'Austausch: Filter AG statt Spamwall');
    expect(replace.html).toContain('>Austausch: Filter AG statt Spamwall</h1>');
    expect(replace.text).not.toContain('Austausch eines Unterauftragsverarbeiters: Austausch');
    const en = renderChangeNoticeMail({
      ...base,
      locale: 'en',
      changeNotice: { ...base.changeNotice, kind: 'add', title: { de: 'x', en: 'new subprocessor - Filter AG' } },
    });
    expect(en.text).not.toMatch(/New subprocessor: new subprocessor/i);
    // a word that merely begins like the type is not the type
    expect(noticeHeading('Wegfall eines Unterauftragsverarbeiters', 'Wegfallende Leistung', ['Wegfall'])).toBe(
      'Wegfall eines Unterauftragsverarbeiters: Wegfallende Leistung',
    );
  });
});
