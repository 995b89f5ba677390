import Link from 'next/link';
import styles from './data-table.module.css';

/** The link that makes a whole DataTable row clickable (with `linkedRows`); one per row. */
export function RowLink({ href, children, prefetch }: { href: string; children: React.ReactNode; prefetch?: boolean }) {
  return (
    <Link href={href} className={styles.rowLink} prefetch={prefetch}>
      {children}
    </Link>
  );
}
