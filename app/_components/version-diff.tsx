import type { Segment, SideBySideRow } from '@/lib/diff/diff-text';
import type { Translate } from '@/lib/i18n/translate';

// Two versions side by side, paragraph by paragraph. Changes are marked three ways, so that none
// depends on colour alone: <del>/<ins> (struck through / underlined), colour, and words for screen
// readers ("deleted: ... end of deletion"). Long unchanged stretches fold away behind <details>.

const CONTEXT = 1;

function Segments({ segments, t }: { segments: Segment[]; t: Translate }) {
  return segments.map((segment, i) => {
    if (segment.type === 'equal') return <span key={i}>{segment.text}</span>;
    const Tag = segment.type === 'insert' ? 'ins' : 'del';
    const kind = segment.type === 'insert' ? 'inserted' : 'deleted';
    return (
      <Tag key={i}>
        <span className="visually-hidden">{t(`versions.diff.${kind}.start`)}</span>
        {segment.text}
        <span className="visually-hidden">{t(`versions.diff.${kind}.end`)}</span>
      </Tag>
    );
  });
}

function Cell({ segments, side, t }: { segments: Segment[] | null; side: 'left' | 'right'; t: Translate }) {
  if (!segments) {
    return (
      <div className={`diff-cell diff-cell-${side} diff-cell-empty`}>
        <span className="muted small">{t(side === 'left' ? 'versions.diff.notBefore' : 'versions.diff.notAfter')}</span>
      </div>
    );
  }
  return (
    <div className={`diff-cell diff-cell-${side}`}>
      <Segments segments={segments} t={t} />
    </div>
  );
}

function Row({ row, t, labels }: { row: SideBySideRow; t: Translate; labels: [string, string] }) {
  return (
    <div className={row.changed ? 'diff-row diff-row-changed' : 'diff-row'}>
      <p className="diff-side-label" aria-hidden="true">{labels[0]}</p>
      <Cell segments={row.left} side="left" t={t} />
      <p className="diff-side-label" aria-hidden="true">{labels[1]}</p>
      <Cell segments={row.right} side="right" t={t} />
    </div>
  );
}

export function DiffLegend({ t }: { t: Translate }) {
  return (
    <ul className="diff-legend" aria-label={t('versions.diff.legend')}>
      <li>
        <del>{t('versions.diff.legendDeleted')}</del>
      </li>
      <li>
        <ins>{t('versions.diff.legendInserted')}</ins>
      </li>
      <li>
        <span className="diff-legend-changed">{t('versions.diff.legendChanged')}</span>
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

export function VersionDiff({
  rows,
  leftLabel,
  rightLabel,
  t,
}: {
  rows: SideBySideRow[];
  leftLabel: string;
  rightLabel: string;
  t: Translate;
}) {
  const labels: [string, string] = [leftLabel, rightLabel];
  if (!rows.some((r) => r.changed)) return <p className="notice notice-info">{t('versions.diff.identical')}</p>;
  return (
    <div className="diff" role="group" aria-label={t('versions.diff.label', { left: leftLabel, right: rightLabel })}>
      <div className="diff-head" aria-hidden="true">
        <p>{leftLabel}</p>
        <p>{rightLabel}</p>
      </div>
      {group(rows).map((part) =>
        part.kind === 'row' ? (
          <Row key={part.index} row={part.row} t={t} labels={labels} />
        ) : (
          <details key={part.index} className="diff-folded">
            <summary>{t('versions.diff.unchanged', { count: part.rows.length })}</summary>
            {part.rows.map((row, i) => (
              <Row key={i} row={row} t={t} labels={labels} />
            ))}
          </details>
        ),
      )}
    </div>
  );
}
