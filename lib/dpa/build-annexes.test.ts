import { describe, expect, it } from 'vitest';
import { annexSubprocessor } from './annex-parties';
import { annexSubprocessors } from './build-annexes';

// Annex IV as § 8(1) of the DPA promises (issue 13): company, address, country, activity, data
// categories, safeguard for third-country transfers, and a contact, frozen into the snapshot.

const helpdesk = {
  id: '0b5f6c1e-0000-4000-8000-0000000000aa',
  legalName: 'Helpdesk Cloud Inc.',
  address: '100 Market Street, San Francisco, CA 94105',
  country: 'US',
  purpose: { de: 'Ticketsystem für den Support', en: 'Support ticket system' },
  dataCategories: [
    { de: 'Kontaktdaten', en: 'Contact details' },
    { de: 'Inhalte von Supportanfragen', en: 'Content of support requests' },
  ],
  safeguard: 'scc',
  safeguardNote: 'Modul 3, ergänzende Verschlüsselung',
  website: 'https://helpdesk.example',
};

describe('Annex IV', () => {
  it('freezes company, address, country, activity, data categories, safeguard and contact', () => {
    expect(annexSubprocessor(helpdesk)).toEqual({
      id: helpdesk.id,
      legalName: 'Helpdesk Cloud Inc.',
      address: '100 Market Street, San Francisco, CA 94105',
      country: 'US',
      purpose: helpdesk.purpose,
      dataCategories: helpdesk.dataCategories,
      safeguard: 'scc',
      safeguardNote: 'Modul 3, ergänzende Verschlüsselung',
      contact: 'https://helpdesk.example',
    });
  });

  it('prints all of it in the annex table, in both languages', () => {
    for (const [locale, categories] of [
      ['de', 'Arten personenbezogener Daten: Kontaktdaten, Inhalte von Supportanfragen'],
      ['en', 'Contact details, Content of support requests'],
    ] as const) {
      const blocks = annexSubprocessors(locale, [annexSubprocessor(helpdesk)], 30);
      const table = blocks.find((b) => b.type === 'table');
      if (table?.type !== 'table') throw new Error('no table');
      const [row] = table.rows;
      expect(row![0]).toContain('100 Market Street, San Francisco');
      expect(row![0]).toContain('https://helpdesk.example');
      expect(row![1]).toContain('(US)');
      expect(row![2]).toContain(helpdesk.purpose[locale]);
      expect(row![2]).toContain(categories);
      expect(row![3]).toContain('Modul 3, ergänzende Verschlüsselung');
    }
  });

  it('still prints a snapshot frozen before these fields were recorded', () => {
    const old = { id: helpdesk.id, legalName: helpdesk.legalName, country: 'US', purpose: helpdesk.purpose, safeguard: 'scc' };
    const table = annexSubprocessors('de', [old], 30).find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.rows[0]![0]).toBe('Helpdesk Cloud Inc.');
  });
});
