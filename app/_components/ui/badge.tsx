import styles from './badge.module.css';

/** The five tones every status in the portal maps to (kit README: which state gets which tone). */
export type Tone = 'success' | 'warning' | 'danger' | 'neutral' | 'info';

/** A short status word. The colour is never the only signal: the text says it. */
export function Badge({ tone, children }: { tone: Tone; children: React.ReactNode }) {
  return (
    <span className={`${styles.badge} ${styles[tone]}`}>
      <span className={styles.dot} aria-hidden="true" />
      {children}
    </span>
  );
}
