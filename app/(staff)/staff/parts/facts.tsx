import styles from './facts.module.css';

export type Fact = { label: React.ReactNode; value: React.ReactNode; key: string };

/**
 * `plain` inside a Card (no frame of its own).
 * A summary of facts as label/value pairs. Each pair is one box (a <div> inside the <dl>), so a
 * label never wraps away from its value, whatever the width.
 */
export function Facts({ items, label, plain = false }: { items: readonly (Fact | null | false | undefined)[]; label?: string; plain?: boolean }) {
  return (
    <dl className={plain ? `${styles.facts} ${styles.plain}` : styles.facts} aria-label={label}>
      {items.filter((f): f is Fact => Boolean(f)).map((fact) => (
        <div key={fact.key} className={styles.fact} data-fact={fact.key}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
