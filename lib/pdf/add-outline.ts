import { PDFDict, type PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib';

// Bookmarks (the viewer's outline panel) and clickable table-of-contents lines. pdf-lib has no
// high-level API for either, so the dictionaries are built as ISO 32000-1 §12.3.3 and §12.5.6.5
// describe them: a doubly linked list of items per level, each with /Parent, /Title and /Dest.

export type OutlineEntry = { title: string; level: 1 | 2; pageRef: PDFRef; y: number };
export type LinkTarget = { pageRef: PDFRef; y: number };

type Node = { ref: PDFRef; entry: OutlineEntry; children: Node[] };

const destination = (doc: PDFDocument, pageRef: PDFRef, y: number) =>
  doc.context.obj([pageRef, 'XYZ', null, Math.round(y), null]);

/** Links one level's items to each other and to their parent; returns the number of items below. */
function linkLevel(doc: PDFDocument, nodes: Node[], parent: PDFRef): number {
  let visible = 0;
  nodes.forEach((node, i) => {
    const dict = doc.context.obj({}) as PDFDict;
    // PDFHexString.fromText writes UTF-16BE with a byte-order mark: "§", "ß" and "„" survive.
    dict.set(PDFName.of('Title'), PDFHexString.fromText(node.entry.title));
    dict.set(PDFName.of('Parent'), parent);
    dict.set(PDFName.of('Dest'), destination(doc, node.entry.pageRef, node.entry.y));
    if (i > 0) dict.set(PDFName.of('Prev'), nodes[i - 1]!.ref);
    if (i < nodes.length - 1) dict.set(PDFName.of('Next'), nodes[i + 1]!.ref);
    if (node.children.length > 0) {
      const below = linkLevel(doc, node.children, node.ref);
      dict.set(PDFName.of('First'), node.children[0]!.ref);
      dict.set(PDFName.of('Last'), node.children.at(-1)!.ref);
      // Positive count: the item is open and shows this many descendants.
      dict.set(PDFName.of('Count'), doc.context.obj(below));
      visible += below;
    }
    doc.context.assign(node.ref, dict);
    visible += 1;
  });
  return visible;
}

export function addOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const roots: Node[] = [];
  for (const entry of entries) {
    const node: Node = { ref: doc.context.nextRef(), entry, children: [] };
    const parent = roots.at(-1);
    if (entry.level === 2 && parent) parent.children.push(node);
    else roots.push(node);
  }
  const rootRef = doc.context.nextRef();
  const count = linkLevel(doc, roots, rootRef);
  doc.context.assign(
    rootRef,
    doc.context.obj({ Type: 'Outlines', First: roots[0]!.ref, Last: roots.at(-1)!.ref, Count: count }),
  );
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Adds invisible link rectangles to a page, each jumping to a target position. */
export function addLinks(
  doc: PDFDocument,
  pageIndex: number,
  links: { x: number; y: number; width: number; height: number; target: LinkTarget }[],
): void {
  if (links.length === 0) return;
  const page = doc.getPage(pageIndex);
  const refs = links.map(({ x, y, width, height, target }) =>
    doc.context.register(
      doc.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [x, y, x + width, y + height].map((n) => Math.round(n * 100) / 100),
        Border: [0, 0, 0],
        Dest: destination(doc, target.pageRef, target.y),
      }),
    ),
  );
  page.node.set(PDFName.of('Annots'), doc.context.obj(refs));
}
