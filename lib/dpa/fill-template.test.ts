import { describe, expect, it } from 'vitest';
import { dpaTemplateV1, dpaTemplateV2 } from '@/scripts/demo-seed/texts/dpa-template';
import { type ContractFillData, fillTemplate, findPlaceholders, TemplatePlaceholderError } from './fill-template';

const data: ContractFillData = {
  provider: {
    name: 'Nordwind IT-Service GmbH',
    address: 'Neckarstraße 42, 72622 Nürtingen',
    managingDirector: 'Carsten Nordmann',
    dpoName: 'Dr. Helga Sommer',
    dpoEmail: 'dsb@nordwind-it.example',
  },
  customer: { legalName: 'Bäckerei Hofmann GmbH & Co. KG', address: 'Marktstraße 14, 72622 Nürtingen', customerNumber: 'K-10001' },
  settings: { noticePeriodDays: 30 },
  version: 2,
};

describe('fillTemplate', () => {
  it('replaces every known placeholder, numbers included', () => {
    const text = 'Zwischen {{customer.legalName}} ({{customer.customerNumber}}) und {{provider.name}}, Fassung {{version}}, Frist {{settings.noticePeriodDays}} Tage.';
    expect(fillTemplate(text, data)).toBe(
      'Zwischen Bäckerei Hofmann GmbH & Co. KG (K-10001) und Nordwind IT-Service GmbH, Fassung 2, Frist 30 Tage.',
    );
  });

  it('fills both sample versions in both languages without leaving a brace behind', () => {
    for (const template of [dpaTemplateV1, dpaTemplateV2]) {
      for (const locale of ['de', 'en'] as const) {
        const filled = fillTemplate(template.body[locale], data);
        expect(filled).not.toMatch(/\{\{|\}\}/);
        expect(filled).toContain('Bäckerei Hofmann GmbH & Co. KG');
      }
    }
  });

  it('refuses an unknown placeholder and names all of them', () => {
    const fill = () => fillTemplate('{{customer.legalName}} {{customer.vatId}} {{foo}} {{customer.vatId}}', data);
    expect(fill).toThrow(TemplatePlaceholderError);
    expect(fill).toThrow('unknown placeholder(s) {{customer.vatId}}, {{foo}}');
  });

  it('refuses a path that names an object rather than a value', () => {
    expect(() => fillTemplate('{{provider}}', data)).toThrow('unknown placeholder(s) {{provider}}');
  });

  it('refuses a placeholder whose value is blank', () => {
    const blank = { ...data, customer: { ...data.customer, address: '  ' } };
    expect(() => fillTemplate('{{customer.address}}', blank)).toThrow('no value for {{customer.address}}');
  });

  it('refuses malformed placeholders instead of leaving them in the contract', () => {
    expect(() => fillTemplate('Name: {{ customer.legalName }}', data)).toThrow('malformed placeholder(s) {{ customer.legalName }}');
    expect(() => fillTemplate('Name: {{customer.legalName', data)).toThrow(/malformed/);
    expect(() => fillTemplate('Name: customer.legalName}}', data)).toThrow(/malformed/);
  });

  it('does not expand placeholders inside inserted values', () => {
    const tricky = { ...data, customer: { ...data.customer, legalName: '{{provider.name}} AG' } };
    expect(fillTemplate('{{customer.legalName}}', tricky)).toBe('{{provider.name}} AG');
  });

  it('lists the placeholders a text uses once each', () => {
    expect(findPlaceholders('{{version}} {{provider.name}} {{version}}')).toEqual(['version', 'provider.name']);
  });
});
