import { useId } from 'react';
import styles from './card.module.css';

type Props = {
  /** The card's heading (an h2); the card becomes a region named by it. */
  title?: React.ReactNode;
  /** Beside the title: a badge or a small action. */
  aside?: React.ReactNode;
  /** A quieter card for secondary content (the demo accounts, help beside a form). */
  muted?: boolean;
  as?: 'section' | 'div' | 'aside';
  children: React.ReactNode;
};

/** A white panel that groups one topic. */
export function Card({ title, aside, muted = false, as: Tag = 'section', children }: Props) {
  const titleId = useId();
  return (
    <Tag className={muted ? `${styles.card} ${styles.muted}` : styles.card} aria-labelledby={title ? titleId : undefined}>
      {title || aside ? (
        <div className={styles.header}>
          {title ? <h2 id={titleId}>{title}</h2> : null}
          {aside}
        </div>
      ) : null}
      {children}
    </Tag>
  );
}
