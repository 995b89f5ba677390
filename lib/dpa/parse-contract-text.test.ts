import { describe, expect, it } from 'vitest';
import { dpaTemplateV2 } from '@/scripts/demo-seed/texts/dpa-template';
import { parseContractText } from './parse-contract-text';

describe('parseContractText', () => {
  it('reads headings, paragraphs and bullets', () => {
    const text = [
      '# Vertrag',
      '',
      '## § 1 Gegenstand',
      '',
      '(1) Erster Absatz,',
      'über zwei Zeilen.',
      '',
      '### Unterpunkt',
      '- erster Punkt',
      '- zweiter Punkt,',
      '  fortgesetzt',
      '',
      '(2) Zweiter Absatz.',
    ].join('\n');
    expect(parseContractText(text)).toEqual([
      { type: 'title', text: 'Vertrag' },
      { type: 'section', text: '§ 1 Gegenstand' },
      { type: 'paragraph', text: '(1) Erster Absatz, über zwei Zeilen.' },
      { type: 'subheading', text: 'Unterpunkt' },
      { type: 'bullet', text: 'erster Punkt' },
      { type: 'bullet', text: 'zweiter Punkt, fortgesetzt' },
      { type: 'paragraph', text: '(2) Zweiter Absatz.' },
    ]);
  });

  it('starts a bullet list right after a paragraph line without a blank line', () => {
    expect(parseContractText('Insbesondere:\n- a\n- b')).toEqual([
      { type: 'paragraph', text: 'Insbesondere:' },
      { type: 'bullet', text: 'a' },
      { type: 'bullet', text: 'b' },
    ]);
  });

  it('accepts CRLF line ends and collapses inner whitespace', () => {
    expect(parseContractText('##  §\t2  Zweck\r\n\r\nText   mit  Lücken\r\n')).toEqual([
      { type: 'section', text: '§ 2 Zweck' },
      { type: 'paragraph', text: 'Text mit Lücken' },
    ]);
  });

  it('keeps a line opening with an en dash as text', () => {
    expect(parseContractText('zwischen\n\n– nachstehend „Auftraggeber“ –')).toEqual([
      { type: 'paragraph', text: 'zwischen' },
      { type: 'paragraph', text: '– nachstehend „Auftraggeber“ –' },
    ]);
  });

  it('treats a hash without a following space as text, not as a heading', () => {
    expect(parseContractText('#hashtag')).toEqual([{ type: 'paragraph', text: '#hashtag' }]);
  });

  it('drops headings without text', () => {
    expect(parseContractText('## \n\nText')).toEqual([{ type: 'paragraph', text: 'Text' }]);
  });

  it('parses the sample contract into one title, its sections and their paragraphs', () => {
    const blocks = parseContractText(dpaTemplateV2.body.de);
    expect(blocks.filter((b) => b.type === 'title')).toHaveLength(1);
    const sections = blocks.filter((b) => b.type === 'section').map((b) => b.text);
    expect(sections[0]).toBe('Präambel');
    expect(sections).toContain('§ 8 Unterauftragsverarbeiter');
    expect(sections.at(-1)).toBe('Anlagen');
    expect(blocks.filter((b) => b.type === 'bullet').length).toBeGreaterThan(5);
    expect(blocks.every((b) => !b.text.startsWith('#') && !b.text.startsWith('- '))).toBe(true);
  });
});
