import { describe, expect, it } from 'vitest';
import { tomsV2 } from '@/scripts/demo-seed/texts/toms';
import { buildDpaDocument } from './build-dpa-document';
import type { DocumentBlock, TableBlock, TextBlock } from './dpa-document';
import { sampleAnnexSnapshot, sampleDpaInput } from './testing/sample-dpa-input';

const texts = (blocks: DocumentBlock[]) => blocks.map((b) => ('text' in b ? b.text : '')).join('\n');

describe('buildDpaDocument', () => {
  it('fills the contract with the parties from the annex snapshot', () => {
    const doc = buildDpaDocument(sampleDpaInput('de'));
    const all = texts(doc.blocks);
    expect(all).toContain('Bäckerei Hofmann GmbH & Co. KG, Marktstraße 14, 72622 Nürtingen, Deutschland, Kundennummer K-10001');
    expect(all).toContain('Fassung 2');
    expect(all).not.toMatch(/\{\{|\}\}/);
    expect(doc.providerName).toBe('Nordwind IT-Service GmbH');
    expect(doc.customer).toEqual({ legalName: 'Bäckerei Hofmann GmbH & Co. KG', customerNumber: 'K-10001' });
    expect(doc.subject).toContain('Kundennummer K-10001');
  });

  it('puts the table of contents after the opening, before the first section', () => {
    const { blocks } = buildDpaDocument(sampleDpaInput('de'));
    const toc = blocks.findIndex((b) => b.type === 'toc');
    expect(blocks.filter((b) => b.type === 'toc')).toHaveLength(1);
    expect(blocks[toc + 1]).toEqual({ type: 'section', text: 'Präambel', anchor: 'section-1' });
    expect(blocks.slice(0, toc).some((b) => b.type === 'title')).toBe(true);
  });

  it('lists the contract, its sections and the four annexes in the table of contents', () => {
    const { toc } = buildDpaDocument(sampleDpaInput('en'));
    const level1 = toc.filter((e) => e.level === 1).map((e) => e.text);
    expect(level1).toEqual([
      'Data Processing Agreement pursuant to Art. 28 GDPR',
      'Annex I: Parties and contact persons',
      'Annex II: Description of the processing',
      'Annex III: Technical and organisational measures',
      'Annex IV: Authorised subprocessors',
    ]);
    expect(toc.map((e) => e.text)).toContain('§ 18 Final provisions');
    expect(toc.map((e) => e.text)).toContain('5. Process for regularly testing, assessing and evaluating (Art. 32(1)(d) GDPR)');
    expect(new Set(toc.map((e) => e.anchor)).size).toBe(toc.length);
  });

  it('describes each booked service in Annex II', () => {
    const { blocks } = buildDpaDocument(sampleDpaInput('de'));
    const annex2 = blocks.slice(blocks.findIndex((b) => b.type === 'annex' && b.anchor === 'annex-2'));
    expect(annex2.find((b) => b.type === 'subheading')).toMatchObject({ text: '1. Webhosting', anchor: 'annex-2-webhosting' });
    const fields = annex2.find((b) => b.type === 'fields');
    expect(fields).toMatchObject({ rows: [{ label: 'Art und Zweck' }, { label: 'Arten personenbezogener Daten' }, { label: 'Kategorien betroffener Personen' }] });
  });

  it('gives Annex III every measure under its Art. 32 heading', () => {
    const { blocks } = buildDpaDocument(sampleDpaInput('de'));
    const annex3 = blocks.slice(blocks.findIndex((b) => b.type === 'annex' && b.anchor === 'annex-3'));
    expect(annex3.find((b): b is TextBlock => b.type === 'section')?.text).toBe('1. Vertraulichkeit (Art. 32 Abs. 1 lit. b DSGVO)');
    const measures = Object.values(tomsV2.sections).flat().length;
    expect(annex3.filter((b) => b.type === 'bullet')).toHaveLength(measures);
  });

  it('lists the subprocessors in Annex IV with country and safeguard in words', () => {
    const { blocks } = buildDpaDocument(sampleDpaInput('de'));
    const table = blocks.find((b): b is TableBlock => b.type === 'table')!;
    expect(table.rows).toHaveLength(15);
    expect(table.columns.reduce((sum, c) => sum + c.width, 0)).toBeCloseTo(1);
    const helpdesk = table.rows.find((r) => r[0] === 'Helpdeskly Inc.')!;
    expect(helpdesk[1]).toBe('Vereinigte Staaten (US)');
    expect(helpdesk[3]).toBe('Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)');
    expect(texts(blocks)).toContain('mindestens 30 volle Kalendertage liegen');
  });

  it('says so when no subprocessor is engaged', () => {
    const input = { ...sampleDpaInput('en'), annex: { ...sampleAnnexSnapshot(), subprocessors: [] } };
    const { blocks } = buildDpaDocument(input);
    expect(blocks.some((b) => b.type === 'table')).toBe(false);
    expect(texts(blocks)).toContain('No subprocessors are engaged for the booked services.');
  });

  it('refuses a snapshot with missing party data or an unknown safeguard', () => {
    const annex = sampleAnnexSnapshot();
    const noName = { ...annex, parties: { ...annex.parties, customer: { ...annex.parties.customer, legalName: ' ' } } };
    expect(() => buildDpaDocument({ ...sampleDpaInput('de'), annex: noName })).toThrow('customer.legalName');
    const odd = { ...annex, subprocessors: [{ ...annex.subprocessors[0]!, safeguard: 'handshake' }] };
    expect(() => buildDpaDocument({ ...sampleDpaInput('de'), annex: odd })).toThrow('Unknown transfer safeguard "handshake"');
  });

  it('is deterministic', () => {
    expect(buildDpaDocument(sampleDpaInput('de'))).toEqual(buildDpaDocument(sampleDpaInput('de')));
  });
});
