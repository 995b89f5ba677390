import type { DocumentBlock, DpaDocument } from '@/lib/dpa/dpa-document';

// A plain web rendering of the document model, for the editor's preview: the same blocks the PDF
// and the customer's review page are made of, so headings, placeholders and annexes show as they will.

function Block({ block, toc }: { block: DocumentBlock; toc: DpaDocument['toc'] }) {
  switch (block.type) {
    case 'title':
      return <h3 id={block.anchor}>{block.text}</h3>;
    case 'section':
      return <h4 id={block.anchor}>{block.text}</h4>;
    case 'subheading':
      return <h5 id={block.anchor}>{block.text}</h5>;
    case 'paragraph':
      return <p id={block.anchor}>{block.text}</p>;
    case 'bullet':
      return <p className="preview-bullet">{block.text}</p>;
    case 'toc':
      return (
        <ol className="preview-toc">
          {toc.map((entry) => (
            <li key={entry.anchor} className={entry.level === 2 ? 'preview-toc-sub' : undefined}>
              {entry.text}
            </li>
          ))}
        </ol>
      );
    case 'annex':
      return (
        <h4 id={block.anchor} className="preview-annex">
          {block.label}: {block.text}
        </h4>
      );
    case 'fields':
      return (
        <dl className="facts facts-stacked">
          {block.rows.map((row) => (
            <div key={row.label}>
              <dt>{row.label}</dt>
              <dd>{Array.isArray(row.value) ? row.value.join(', ') : row.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return (
        <table className="table table-stack">
          <thead>
            <tr>
              {block.columns.map((c) => (
                <th key={c.label} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j} data-label={block.columns[j]?.label}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

export function DocumentPreview({ document, label }: { document: DpaDocument; label: string }) {
  // A scrolling box: focusable so that keyboard users can scroll it too.
  return (
    <article className="document-preview" lang={document.locale} tabIndex={0} aria-label={label}>
      {document.blocks.map((block, i) => (
        <Block key={i} block={block} toc={document.toc} />
      ))}
    </article>
  );
}
