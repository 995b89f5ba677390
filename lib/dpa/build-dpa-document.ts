import type { AnnexSnapshot, LocalizedText, Settings, TomsSections } from '@/db/schema';
import { annexParties, annexProcessing, annexSubprocessors, annexToms } from './build-annexes';
import type { DocumentBlock, DpaDocument, TextBlock, TocEntry } from './dpa-document';
import { documentLabels, type DocumentLocale } from './dpa-document-labels';
import { type ContractFillData, fillTemplate } from './fill-template';
import { parseContractText } from './parse-contract-text';
import { withProfessionalSecrecyClause } from './professional-secrecy-clause';

// The DPA an organisation reviews and signs: the template version filled with the parties from
// the annex snapshot, parsed into blocks, followed by Annexes I-IV. Pure: the same stored inputs
// always give the same document, which is what lets a signed agreement be re-rendered later.

export type BuildDpaDocumentInput = {
  template: { version: number; title: LocalizedText; body: LocalizedText };
  toms: { version: number; sections: TomsSections };
  annex: AnnexSnapshot;
  settings: Pick<Settings, 'noticePeriodDays'>;
  locale: DocumentLocale;
};

function required(record: Record<string, string>, key: string, side: string): string {
  const value = record[key]?.trim();
  if (!value) throw new Error(`The annex snapshot lacks ${side}.${key}`);
  return value;
}

/** The parties as the snapshot recorded them at signing (not as the settings say today). */
export function partiesFromSnapshot(
  parties: AnnexSnapshot['parties'],
  locale: DocumentLocale,
): Omit<ContractFillData, 'settings' | 'version'> {
  const p = parties.provider;
  const c = parties.customer;
  const country = c.country ? new Intl.DisplayNames([locale], { type: 'region' }).of(c.country) : undefined;
  const composed = [c.street, [c.postalCode, c.city].filter(Boolean).join(' '), country].filter(Boolean).join(', ');
  return {
    provider: {
      name: required(p, 'name', 'provider'),
      address: required(p, 'address', 'provider'),
      managingDirector: required(p, 'managingDirector', 'provider'),
      dpoName: required(p, 'dpoName', 'provider'),
      dpoEmail: required(p, 'dpoEmail', 'provider'),
    },
    customer: {
      legalName: required(c, 'legalName', 'customer'),
      address: c.address?.trim() || required({ address: composed }, 'address', 'customer'),
      customerNumber: required(c, 'customerNumber', 'customer'),
    },
  };
}

/** Anchors the contract's sections and puts the table of contents before the first of them. */
function contractBlocks(body: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let sections = 0;
  parseContractText(body).forEach((block, i) => {
    if (block.type === 'section') {
      if (sections === 0) blocks.push({ type: 'toc' });
      sections += 1;
      blocks.push({ ...block, anchor: `section-${sections}` });
    } else {
      blocks.push(i === 0 ? { ...block, anchor: 'contract' } : block);
    }
  });
  return blocks;
}

function tableOfContents(blocks: DocumentBlock[], templateTitle: string): TocEntry[] {
  const toc: TocEntry[] = [];
  // Named as the contract names itself on its first page ("# ..."), else by the template title.
  const title = blocks.find((b): b is TextBlock => b.type === 'title')?.text ?? templateTitle;
  for (const block of blocks) {
    if (block.type === 'annex') toc.push({ anchor: block.anchor, text: `${block.label}: ${block.text}`, level: 1 });
    else if ('anchor' in block && block.anchor === 'contract') toc.push({ anchor: 'contract', text: title, level: 1 });
    else if ('anchor' in block && block.anchor) toc.push({ anchor: block.anchor, text: block.text, level: 2 });
  }
  return toc;
}

export function buildDpaDocument({ template, toms, annex, settings, locale }: BuildDpaDocumentInput): DpaDocument {
  const labels = documentLabels[locale];
  const parties = partiesFromSnapshot(annex.parties, locale);
  const fill: ContractFillData = { ...parties, settings: { noticePeriodDays: settings.noticePeriodDays }, version: template.version };
  const title = fillTemplate(template.title[locale], fill);
  const blocks = [
    ...contractBlocks(withProfessionalSecrecyClause(fillTemplate(template.body[locale], fill), annex.professionalSecrecyClause?.[locale])),
    ...annexParties(locale, fill, annex),
    ...annexProcessing(locale, annex.services),
    ...annexToms(locale, toms),
    ...annexSubprocessors(locale, annex.subprocessors, settings.noticePeriodDays),
  ];
  const { legalName, customerNumber } = parties.customer;
  return {
    locale,
    title,
    shortTitle: labels.shortTitle(template.version),
    subject: labels.subject(legalName, customerNumber, parties.provider.name),
    keywords: [...labels.keywords, customerNumber],
    providerName: parties.provider.name,
    customer: { legalName, customerNumber },
    templateVersion: template.version,
    tomsVersion: toms.version,
    toc: tableOfContents(blocks, title),
    blocks,
  };
}
