import { describe, expect, it } from 'vitest';
import { MailTemplateError, renderMail } from './index';

// The registry renders a mail from what a mails row stores: a template name, a language and
// parameters as JSON. Parameters that do not fit fail clearly instead of rendering "undefined".

describe('renderMail', () => {
  it('renders a stored template in the stored language', () => {
    const params = JSON.parse(JSON.stringify({ orgName: 'Muster & Co.', version: 4, url: 'https://dpa.example.com/orgs/o/toms' }));
    const de = renderMail('toms-updated', 'de', params);
    const en = renderMail('toms-updated', 'en', params);
    expect(de.subject).toContain('4');
    expect(de.text).toContain('https://dpa.example.com/orgs/o/toms');
    expect(en.text).toContain('Muster & Co.');
    expect(en.html).toContain('Muster &#38; Co.');
    expect(de.subject).not.toBe(en.subject);
  });

  it('reads times back from their JSON form', () => {
    const effectiveAt = new Date('2027-04-30T22:00:00Z');
    const params = {
      changeNotice: {
        kind: 'add',
        title: { de: 'Neu', en: 'New' },
        description: { de: 'Text', en: 'Text' },
        effectiveAt,
        isEmergency: false,
        emergencyReason: null,
      },
      subprocessor: { legalName: 'Filter AG', country: 'CH', safeguard: 'adequacy', safeguardNote: null },
      services: [],
      orgName: 'Muster GmbH',
      objectUrl: 'https://dpa.example.com/orgs/o/notices/n',
    };
    const fromJson = renderMail('change-notice', 'de', JSON.parse(JSON.stringify(params)));
    expect(fromJson).toEqual(renderMail('change-notice', 'de', params));
    expect(fromJson.text).toContain('01.05.2027, 00:00 Uhr (MESZ)');
  });

  it('refuses an unknown template and parameters that do not fit', () => {
    expect(() => renderMail('no-such-mail', 'de', {})).toThrow(MailTemplateError);
    expect(() => renderMail('sign-in-link', 'de', { url: 'https://x.example' })).toThrow(/sign-in-link.*minutes/);
    expect(() => renderMail('sign-in-link', 'de', { url: 'https://x.example', minutes: '15' })).toThrow(MailTemplateError);
  });

  it('shows a mail written before rendering moved to send time as it was written', () => {
    const old = { subject: 'Alt', text: 'Alter Text', html: null };
    expect(renderMail('pre-rendered', 'de', old)).toEqual({ subject: 'Alt', text: 'Alter Text', html: undefined });
  });
});
