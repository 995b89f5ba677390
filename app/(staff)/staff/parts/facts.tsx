import styles from './facts.module.css';

export type Fact = { label: React.ReactNode; value: React.ReactNode; key: string };

/**
 * A summary of facts as label/value pairs. Each pair is one box (a <div> inside the <dl>), so a
 * label never wraps away from its value, whatever the width.
 */
export function Facts({ items, label }: { items: readonly (Fact | null | false | undefined)[]; label?: string }) {
  return (
    <dl className={styles.facts} aria-label={label}>
      {items.filter((f): f is Fact => Boolean(f)).map((fact) => (
        <div key={fact.key} className={styles.fact} data-fact={fact.key}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
