import { translator } from '@/lib/i18n/translate';
import type { DocumentBlock, DpaDocument } from './dpa-document';
import { parseContractText } from './parse-contract-text';

// A DPA signed in English is a translation of the governing German contract. Its PDF therefore
// carries the German text too, in full, and says which governs: a statement under the English
// title, and the German text as its own part between the contract and the annexes
// (docs/decisions/0088).

export const GOVERNING_ANCHOR = 'governing-de';

/** The English document with the governing German contract text added; a German one unchanged. */
export function withGoverningGerman(document: DpaDocument, germanContract: string): DpaDocument {
  if (document.locale === 'de') return document;
  const en = translator('en');
  const de = translator('de');
  const statement: DocumentBlock = { type: 'paragraph', text: en('governingText.statement') };
  const german: DocumentBlock[] = [
    { type: 'annex', anchor: GOVERNING_ANCHOR, label: de('governingText.label'), text: de('governingText.title') },
    { type: 'paragraph', text: de('governingText.statementDe') },
    // The German text as parsed blocks, without anchors: the table of contents lists it as one part.
    ...parseContractText(germanContract).map((block) => ({ type: block.type, text: block.text })),
  ];
  const firstAnnex = document.blocks.findIndex((b) => b.type === 'annex');
  const at = firstAnnex === -1 ? document.blocks.length : firstAnnex;
  const titleAt = document.blocks.findIndex((b) => 'anchor' in b && b.anchor === 'contract');
  const blocks = [...document.blocks];
  blocks.splice(at, 0, ...german);
  blocks.splice(titleAt + 1, 0, statement);
  const tocAt = document.toc.findIndex((entry) => entry.anchor === 'annex-1');
  const toc = [...document.toc];
  toc.splice(tocAt === -1 ? toc.length : tocAt, 0, { anchor: GOVERNING_ANCHOR, text: `${de('governingText.label')}: ${de('governingText.title')}`, level: 1 });
  return { ...document, blocks, toc };
}
