import styles from './facts.module.css';

export type Fact = { label: React.ReactNode; value: React.ReactNode; wide?: boolean; key?: string };

/** Label/value pairs (a <dl>): the signed agreement, a notice's dates, a dialog's summary. */
export function Facts({ items, stacked = false }: { items: readonly (Fact | null | false)[]; stacked?: boolean }) {
  return (
    <dl className={stacked ? `${styles.facts} ${styles.stacked}` : styles.facts}>
      {items.filter((item): item is Fact => Boolean(item)).map((item, i) => (
        <div key={item.key ?? i} className={item.wide ? styles.wide : undefined}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A checksum inside a fact: breaks anywhere, it has no words. */
export function Checksum({ value, testId }: { value: string; testId?: string }) {
  return (
    <code className={styles.code} data-testid={testId}>
      {value}
    </code>
  );
}
