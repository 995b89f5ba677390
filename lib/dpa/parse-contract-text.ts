// The contract text's light Markdown, as privacy staff write it (see scripts/demo-seed/texts/dpa-template.ts):
// "# " title, "## " section, "### " sub-heading, "- " bullet item, blank line = paragraph break.
// Nothing else is markup: no emphasis, tables or HTML, so a text can be shown on the web and in the
// PDF from the same blocks and never smuggles markup into either.

export type ContractBlockType = 'title' | 'section' | 'subheading' | 'paragraph' | 'bullet';
export type ContractBlock = { type: ContractBlockType; text: string };

const HEADINGS: [prefix: RegExp, type: ContractBlockType][] = [
  [/^###(\s+|$)/, 'subheading'],
  [/^##(\s+|$)/, 'section'],
  [/^#(\s+|$)/, 'title'],
];
/** Only "- " starts a bullet: a line opening with a dash ("– nachstehend „Auftraggeber“ –") is text. */
const BULLET = /^-\s+/;

/** Collapses runs of spaces and tabs (line breaks inside a paragraph become one space). */
const tidy = (text: string) => text.replace(/[ \t]+/g, ' ').trim();

export function parseContractText(text: string): ContractBlock[] {
  const blocks: ContractBlock[] = [];
  /** The paragraph or bullet still collecting continuation lines, if any. */
  let open: ContractBlock | null = null;

  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      open = null;
      continue;
    }
    const heading = HEADINGS.find(([prefix]) => prefix.test(line));
    if (heading) {
      blocks.push({ type: heading[1], text: tidy(line.replace(heading[0], '')) });
      open = null;
    } else if (BULLET.test(line)) {
      open = { type: 'bullet', text: tidy(line.replace(BULLET, '')) };
      blocks.push(open);
    } else if (open) {
      open.text = tidy(`${open.text} ${line}`);
    } else {
      open = { type: 'paragraph', text: tidy(line) };
      blocks.push(open);
    }
  }
  return blocks.filter((block) => block.text !== '');
}
