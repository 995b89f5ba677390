import { fillTemplate, TemplatePlaceholderError, type ContractFillData } from '@/lib/dpa/fill-template';

// A published template must fill without error for every organisation. Rather than re-implement
// the placeholder rules, each text is filled with a stand-in for every known placeholder: whatever
// fillTemplate still refuses (unknown names, stray braces) is exactly what would break a contract.

const standIn: ContractFillData = {
  provider: { name: 'p', address: 'p', managingDirector: 'p', dpoName: 'p', dpoEmail: 'p' },
  customer: { legalName: 'c', address: 'c', customerNumber: 'c' },
  settings: { noticePeriodDays: 30 },
  version: 1,
};

export type TemplateTexts = { titleDe: string; titleEn: string; bodyDe: string; bodyEn: string };

/** The problems per field ('bodyDe' -> ['{{customer.name}}', '{{x']), empty when the text is publishable. */
export function templatePlaceholderProblems(texts: TemplateTexts): Partial<Record<keyof TemplateTexts, string[]>> {
  const problems: Partial<Record<keyof TemplateTexts, string[]>> = {};
  for (const field of ['titleDe', 'titleEn', 'bodyDe', 'bodyEn'] as const) {
    try {
      fillTemplate(texts[field], standIn);
    } catch (error) {
      if (!(error instanceof TemplatePlaceholderError)) throw error;
      problems[field] = [...error.unknown.map((name) => `{{${name}}}`), ...error.malformed];
    }
  }
  return problems;
}
