import { describe, expect, it } from 'vitest';
import { parseGermanDate, parseImportCsv } from './parse-import-csv';

const header = 'Kundennummer;Firma;Straße;PLZ;Ort;Dienst;Vertragsnummer;Vertragsbeginn;Vertragsende';

describe('parseImportCsv', () => {
  it('reads semicolons and commas, with or without BOM, German and English headers', () => {
    const de = parseImportCsv(`\uFEFF${header}\nK-1;"Müller, Söhne & Co. KG";Weg 1;12345;Berlin;webhosting;V-1;01.02.2026;`);
    expect(de.errors).toEqual([]);
    expect(de.rows[0]).toMatchObject({ row: 2, customerNumber: 'K-1', legalName: 'Müller, Söhne & Co. KG', startsOn: '2026-02-01', endsOn: null, country: 'DE', locale: 'de' });
    const en = parseImportCsv('customer_number,Legal name,Street,Postal code,City,Service,Contract,Contract start,Contract end\r\nK-2,"A; B Ltd",Road 2,1000,Wien,email,V-2,2026-01-01,31.12.2026\r\n');
    expect(en.errors).toEqual([]);
    expect(en.rows[0]).toMatchObject({ legalName: 'A; B Ltd', startsOn: '2026-01-01', endsOn: '2026-12-31' });
  });

  it('names every problem by line and column header', () => {
    const parsed = parseImportCsv(`${header}\n;X;W;1;O;webhosting;V;32.01.2026;\nK 2;X;W;1;O;webhosting;V;01.01.2026;31.12.2025`);
    expect(parsed.errors).toEqual([
      { row: 2, column: 'Kundennummer', message: 'adminImport.error.required' },
      { row: 2, column: 'Vertragsbeginn', message: 'adminImport.error.date', value: '32.01.2026' },
      { row: 3, column: 'Kundennummer', message: 'adminImport.error.customerNumber', value: 'K 2' },
      { row: 3, column: 'Vertragsende', message: 'adminImport.error.endBeforeStart', value: '31.12.2025' },
    ]);
  });

  it('reports an unreadable file instead of throwing', () => {
    expect(parseImportCsv(`${header}\nK-1;"open quote;W;1;O;webhosting;V;01.01.2026;`).errors[0]).toMatchObject({ message: 'adminImport.error.file' });
    expect(parseImportCsv('').errors).toEqual([{ row: 1, column: '–', message: 'adminImport.error.empty' }]);
  });
});

describe('parseGermanDate', () => {
  it('accepts d.m.yyyy and ISO, refuses impossible days', () => {
    expect(parseGermanDate('1.3.2026')).toBe('2026-03-01');
    expect(parseGermanDate('29.02.2028')).toBe('2028-02-29');
    expect(parseGermanDate('29.02.2026')).toBeNull();
    expect(parseGermanDate('2026-13-01')).toBeNull();
  });
});
