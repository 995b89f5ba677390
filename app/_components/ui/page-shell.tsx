import styles from './page-shell.module.css';

/**
 * The page's <main>: the skip link's target (#main). 'wide' for lists and dashboards, 'narrow' for
 * reading, 'single' for one small task (sign in).
 */
export function Page({ width = 'wide', children }: { width?: 'wide' | 'narrow' | 'single'; children: React.ReactNode }) {
  const className = width === 'wide' ? styles.page : `${styles.page} ${styles[width]}`;
  return (
    <main id="main" className={className}>
      {children}
    </main>
  );
}
