import type { ContractBlockType } from './parse-contract-text';
import type { DocumentLocale } from './dpa-document-labels';

// The DPA as a document model: what the web review page and the PDF both render. It holds only
// text and structure; layout (pages, fonts, widths) is the renderer's business.

export type TextBlock = { type: ContractBlockType; text: string; anchor?: string };
/** Where the table of contents goes (after the contract's opening, before the first section). */
export type TocBlock = { type: 'toc' };
/** The start of an annex: a new page in print, e.g. label "Anlage IV", text its title. */
export type AnnexBlock = { type: 'annex'; anchor: string; label: string; text: string };
/** Label/value pairs; a list value is shown one item per line. */
export type FieldsBlock = { type: 'fields'; rows: { label: string; value: string | string[] }[] };
/** A simple table; column widths are fractions of the text width and add up to 1. */
/** A cell is a text, or a list (one item per contact, service, ...) set one below the other. */
export type TableBlock = { type: 'table'; columns: { label: string; width: number }[]; rows: (string | string[])[][] };

export type DocumentBlock = TextBlock | TocBlock | AnnexBlock | FieldsBlock | TableBlock;

/** Level 1: the contract and each annex; level 2: sections and annex sub-headings. */
export type TocEntry = { anchor: string; text: string; level: 1 | 2 };

export type DpaDocument = {
  locale: DocumentLocale;
  /** The template version's title in the document's language. */
  title: string;
  /** For running headers and file names, e.g. "AV-Vertrag nach Art. 28 DSGVO · Fassung 2". */
  shortTitle: string;
  subject: string;
  keywords: string[];
  providerName: string;
  customer: { legalName: string; customerNumber: string };
  templateVersion: number;
  tomsVersion: number;
  toc: TocEntry[];
  blocks: DocumentBlock[];
};
