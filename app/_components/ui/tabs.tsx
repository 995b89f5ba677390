import Link from 'next/link';
import { ScrollRow } from './scroll-row';
import styles from './tabs.module.css';

export type TabItem = {
  href: string;
  label: React.ReactNode;
  current: boolean;
  /** A number beside the label (how many entries the tab holds). */
  count?: React.ReactNode;
};

/**
 * Tabs that are links (each view has its URL, works without JavaScript): a filter of a list, the
 * parts of a version. On a phone the row scrolls sideways with a visible hint (ScrollRow).
 */
export function Tabs({ label, items }: { label: string; items: readonly TabItem[] }) {
  return (
    <nav aria-label={label} className={styles.tabs}>
      <ScrollRow>
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className={styles.tab} aria-current={item.current ? 'page' : undefined}>
                {item.label}
                {item.count !== undefined ? <span className={styles.count}>{item.count}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
      </ScrollRow>
    </nav>
  );
}
