// Fills a DPA template's placeholders ({{provider.name}}, {{customer.legalName}}, ...) with party
// data. A contract must never go out with "{{customer.address}}" in it, so every placeholder the
// text names must be known and have a non-blank value, or filling fails naming all the culprits.

export type ContractFillData = {
  provider: { name: string; address: string; managingDirector: string; dpoName: string; dpoEmail: string };
  customer: { legalName: string; address: string; customerNumber: string };
  settings: { noticePeriodDays: number };
  version: number;
};

/** Every placeholder a template may use; the draft editor can offer and check against this list. */
export const CONTRACT_PLACEHOLDERS = [
  'provider.name',
  'provider.address',
  'provider.managingDirector',
  'provider.dpoName',
  'provider.dpoEmail',
  'customer.legalName',
  'customer.address',
  'customer.customerNumber',
  'settings.noticePeriodDays',
  'version',
] as const;

export type ContractPlaceholder = (typeof CONTRACT_PLACEHOLDERS)[number];

export class TemplatePlaceholderError extends Error {
  constructor(
    readonly unknown: string[],
    readonly empty: string[],
    readonly malformed: string[],
  ) {
    const parts = [
      unknown.length ? `unknown placeholder(s) ${unknown.map((p) => `{{${p}}}`).join(', ')}` : '',
      empty.length ? `no value for ${empty.map((p) => `{{${p}}}`).join(', ')}` : '',
      malformed.length ? `malformed placeholder(s) ${malformed.join(', ')}` : '',
    ].filter(Boolean);
    super(`Cannot fill the contract template: ${parts.join('; ')}`);
    this.name = 'TemplatePlaceholderError';
  }
}

const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)\}\}/g;
/** Braces left over after the well-formed placeholders are gone: "{{ x }}", "{{x", "x}}". */
const STRAY_BRACES = /\{\{[^}\n]{0,40}\}?\}?|\}\}/g;

/** The distinct placeholder names a text uses, in order of first appearance. */
export function findPlaceholders(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (m) => m[1]!))];
}

function valueOf(data: ContractFillData, name: string): string | undefined {
  if (!(CONTRACT_PLACEHOLDERS as readonly string[]).includes(name)) return undefined;
  const value = name.split('.').reduce<unknown>(
    (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    data,
  );
  return typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;
}

/**
 * Replaces every placeholder in one pass (a value that itself contains "{{...}}" is not expanded
 * again) and throws TemplatePlaceholderError listing every unknown, empty or malformed placeholder.
 */
export function fillTemplate(text: string, data: ContractFillData): string {
  const unknown = new Set<string>();
  const empty = new Set<string>();
  for (const name of findPlaceholders(text)) {
    const value = valueOf(data, name);
    if (value === undefined) unknown.add(name);
    else if (value.trim() === '') empty.add(name);
  }
  const malformed = Array.from(text.replace(PLACEHOLDER, '').matchAll(STRAY_BRACES), (m) => m[0]);
  if (unknown.size || empty.size || malformed.length) {
    throw new TemplatePlaceholderError([...unknown], [...empty], malformed);
  }
  return text.replace(PLACEHOLDER, (_match, name: string) => valueOf(data, name)!.trim());
}
