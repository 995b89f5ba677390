import { getTranslations } from 'next-intl/server';
import type { Segment, SideBySideRow } from '@/lib/diff/diff-text';
import { Callout } from './ui/callout';
import styles from './version-diff.module.css';

// Two versions side by side, paragraph by paragraph. Changes are marked three ways, so that none
// depends on colour alone: <del>/<ins> (struck through / underlined), colour, and words for screen
// readers ("deleted: ... end of deletion"). Long unchanged stretches fold away behind <details>.

const CONTEXT = 1;

type T = Awaited<ReturnType<typeof getTranslations<'versions.diff'>>>;

function Segments({ segments, t }: { segments: Segment[]; t: T }) {
  return segments.map((segment, i) => {
    if (segment.type === 'equal') return <span key={i}>{segment.text}</span>;
    const Tag = segment.type === 'insert' ? 'ins' : 'del';
    const kind = segment.type === 'insert' ? 'inserted' : 'deleted';
    return (
      <Tag key={i}>
        <span className="visually-hidden">{t(`${kind}.start`)}</span>
        {segment.text}
        <span className="visually-hidden">{t(`${kind}.end`)}</span>
      </Tag>
    );
  });
}

function Cell({ segments, side, t }: { segments: Segment[] | null; side: 'left' | 'right'; t: T }) {
  const sideClass = side === 'left' ? styles.left : styles.right;
  if (!segments) {
    return (
      <div className={`${styles.cell} ${sideClass} ${styles.empty}`}>
        <span className={styles.emptyText}>{t(side === 'left' ? 'notBefore' : 'notAfter')}</span>
      </div>
    );
  }
  return (
    <div className={`${styles.cell} ${sideClass}`}>
      <Segments segments={segments} t={t} />
    </div>
  );
}

function Row({ row, t, labels }: { row: SideBySideRow; t: T; labels: [string, string] }) {
  return (
    <div className={row.changed ? `${styles.row} ${styles.changed}` : styles.row} data-changed={row.changed || undefined}>
      <p className={styles.sideLabel} aria-hidden="true">
        {labels[0]}
      </p>
      <Cell segments={row.left} side="left" t={t} />
      <p className={styles.sideLabel} aria-hidden="true">
        {labels[1]}
      </p>
      <Cell segments={row.right} side="right" t={t} />
    </div>
  );
}

/** What the marks mean. `t` is ignored (next-intl translates); old callers still pass it. */
export async function DiffLegend() {
  const t = await getTranslations('versions.diff');
  return (
    <ul className={styles.legend} aria-label={t('legend')}>
      <li>
        <del>{t('legendDeleted')}</del>
      </li>
      <li>
        <ins>{t('legendInserted')}</ins>
      </li>
      <li>
        <span className={styles.legendChanged}>{t('legendChanged')}</span>
      </li>
    </ul>
  );
}

/** Groups rows so that unchanged runs keep CONTEXT rows next to each change and fold the rest. */
function group(rows: SideBySideRow[]) {
  const keep = rows.map((row, i) => row.changed || rows.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((r) => r.changed));
  const parts: ({ kind: 'row'; row: SideBySideRow; index: number } | { kind: 'folded'; rows: SideBySideRow[]; index: number })[] = [];
  rows.forEach((row, index) => {
    if (keep[index]) return parts.push({ kind: 'row', row, index });
    const last = parts[parts.length - 1];
    if (last?.kind === 'folded') last.rows.push(row);
    else parts.push({ kind: 'folded', rows: [row], index });
  });
  // Folding a single paragraph saves nothing: show it.
  return parts.flatMap((part) =>
    part.kind === 'folded' && part.rows.length < 2 ? part.rows.map((row, i) => ({ kind: 'row' as const, row, index: part.index + i })) : [part],
  );
}

export async function VersionDiff({
  rows,
  leftLabel,
  rightLabel,
}: {
  rows: SideBySideRow[];
  leftLabel: string;
  rightLabel: string;
}) {
  const t = await getTranslations('versions.diff');
  const labels: [string, string] = [leftLabel, rightLabel];
  if (!rows.some((r) => r.changed)) return <Callout tone="info">{t('identical')}</Callout>;
  return (
    <div className={styles.diff} role="group" aria-label={t('label', { left: leftLabel, right: rightLabel })}>
      <div className={styles.head} aria-hidden="true">
        <p>{leftLabel}</p>
        <p>{rightLabel}</p>
      </div>
      {group(rows).map((part) =>
        part.kind === 'row' ? (
          <Row key={part.index} row={part.row} t={t} labels={labels} />
        ) : (
          <details key={part.index} className={styles.folded}>
            <summary>{t('unchanged', { count: part.rows.length })}</summary>
            {part.rows.map((row, i) => (
              <Row key={i} row={row} t={t} labels={labels} />
            ))}
          </details>
        ),
      )}
    </div>
  );
}
