import type { DocumentBlock, DpaDocument, FieldsBlock, TableBlock } from '@/lib/dpa/dpa-document';
import { softHyphens } from '@/lib/dpa/soft-hyphens';
import type { Locale } from '@/lib/i18n/config';
import styles from './dpa-document.module.css';

// The DPA as semantic HTML, from the same document model the PDF is rendered from; the one web
// rendering of it, for the customer's review page and the staff preview of a template version.
// The contract title and each annex are headings of `level` (h2 on the review page, h3 inside the
// preview card), sections one level below, sub-headings below those; bullets are lists, label/value
// pairs and Annex IV are tables with header cells. Server-rendered, no client code.

type Level = 2 | 3;
const headings = ['h2', 'h3', 'h4', 'h5'] as const;
type Heading = (typeof headings)[number];
const tag = (level: number): Heading => headings[Math.min(level, 5) - 2]!;

function Fields({ block }: { block: FieldsBlock }) {
  return (
    <table className={styles.fields}>
      <tbody>
        {block.rows.map((row, i) => (
          <tr key={i}>
            <th scope="row">{row.label}</th>
            <td>
              {Array.isArray(row.value) ? (
                row.value.length > 1 ? (
                  <ul>
                    {row.value.map((v, j) => (
                      <li key={j}>{v}</li>
                    ))}
                  </ul>
                ) : (
                  row.value[0] ?? ''
                )
              ) : (
                row.value
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Annex IV: narrow columns, so long words get their break points (soft hyphens) here. */
function Table({ block, locale }: { block: TableBlock; locale: Locale }) {
  const hyphenate = (text: string) => softHyphens(text, locale);
  return (
    <table className={styles.table}>
        <thead>
          <tr>
            {block.columns.map((c) => (
              <th key={c.label} scope="col" style={{ width: `${Math.round(c.width * 100)}%` }}>
                {hyphenate(c.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row" data-label={block.columns[j]?.label}>
                    {hyphenate(cellText(cell))}
                  </th>
                ) : (
                  <td key={j} data-label={block.columns[j]?.label}>
                    {hyphenate(cellText(cell))}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
    </table>
  );
}

/** Groups consecutive bullets into one list, and picks heading levels from the outline so far. */
function render(blocks: DocumentBlock[], level: Level, locale: Locale) {
  const out: React.ReactNode[] = [];
  let bullets: string[] = [];
  const [Top, Section] = [tag(level), tag(level + 1)];
  let Subheading: Heading = Section;
  const flush = (key: number) => {
    if (bullets.length === 0) return;
    out.push(
      <ul key={`ul-${key}`} className={styles.list}>
        {bullets.map((b, i) => (
          <li key={i}>{b}</li>
        ))}
      </ul>,
    );
    bullets = [];
  };
  blocks.forEach((block, i) => {
    if (block.type !== 'bullet') flush(i);
    switch (block.type) {
      case 'bullet':
        bullets.push(block.text);
        break;
      case 'toc':
        // The page shows its own table of contents beside the text.
        break;
      case 'title':
        Subheading = Section;
        out.push(<Top key={i} id={block.anchor}>{block.text}</Top>);
        break;
      case 'annex':
        Subheading = Section;
        out.push(
          <Top key={i} id={block.anchor} className={styles.annex}>
            <span className={styles.annexLabel}>{block.label}</span> {block.text}
          </Top>,
        );
        break;
      case 'section':
        Subheading = tag(level + 2);
        out.push(<Section key={i} id={block.anchor}>{block.text}</Section>);
        break;
      case 'subheading':
        out.push(<Subheading key={i} id={block.anchor}>{block.text}</Subheading>);
        break;
      case 'paragraph':
        out.push(<p key={i} id={block.anchor}>{block.text}</p>);
        break;
      case 'fields':
        out.push(<Fields key={i} block={block} />);
        break;
      case 'table':
        out.push(<Table key={i} block={block} locale={locale} />);
        break;
    }
  });
  flush(blocks.length);
  return out;
}

/** A table cell may be a list (one item per contact, service, ...): one line of text here. */
const cellText = (cell: string | string[]) => (Array.isArray(cell) ? cell.join('; ') : cell);

/**
 * `scrollable` makes the document a focusable box of limited height (the staff preview inside a
 * card), so keyboard users can scroll it too.
 */
export function DpaDocumentView({ document, level = 2, scrollable = false }: { document: DpaDocument; level?: Level; scrollable?: boolean }) {
  return (
    <article
      // 'document-preview': the staff preview's hook in e2e/versions.spec.ts
      className={scrollable ? `${styles.document} ${styles.scrollable} document-preview` : styles.document}
      lang={document.locale}
      aria-label={document.title}
      tabIndex={scrollable ? 0 : undefined}
    >
      {render(document.blocks, level, document.locale)}
    </article>
  );
}

type TocProps = { document: DpaDocument; title: string; signLabel?: string; level?: Level };

export function DpaToc({ document, title, signLabel, level = 2 }: TocProps) {
  const Title = level === 2 ? 'h2' : 'h3';
  // Level-2 entries sit under the level-1 entry before them (the contract's sections, annex parts).
  const groups: { entry: DpaDocument['toc'][number]; children: DpaDocument['toc'] }[] = [];
  for (const entry of document.toc) {
    if (entry.level === 1 || groups.length === 0) groups.push({ entry, children: [] });
    else groups[groups.length - 1]!.children.push(entry);
  }
  return (
    <nav className={styles.toc} aria-labelledby="dpa-toc-title">
      <Title id="dpa-toc-title" className={styles.tocTitle}>
        {title}
      </Title>
      <ol lang={document.locale}>
        {groups.map(({ entry, children }) => (
          <li key={entry.anchor}>
            <a href={`#${entry.anchor}`}>{entry.text}</a>
            {children.length > 0 ? (
              <ol>
                {children.map((child) => (
                  <li key={child.anchor}>
                    <a href={`#${child.anchor}`}>{child.text}</a>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
        {signLabel ? (
          <li>
            <a href="#sign">{signLabel}</a>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}

/** Contents beside the document on wide screens, above it on phones. */
export function DpaLayout({ children }: { children: React.ReactNode }) {
  return <div className={styles.layout}>{children}</div>;
}
