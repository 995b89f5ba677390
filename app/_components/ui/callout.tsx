import type { Tone } from './badge';
import styles from './callout.module.css';

type Props = {
  tone?: Tone;
  /** Short heading; rendered as a paragraph so it never breaks the page's heading outline. */
  title?: React.ReactNode;
  /**
   * 'alert' for an error that appears after an action (read out at once), 'status' for a quiet
   * confirmation; none for text that is there when the page loads.
   */
  role?: 'alert' | 'status';
  id?: string;
  children?: React.ReactNode;
};

/** A boxed message: the result of an action, a warning before one, a hint beside it. */
export function Callout({ tone = 'info', title, role, id, children }: Props) {
  return (
    <div className={`${styles.callout} ${styles[tone]}`} role={role} id={id}>
      {title ? <p className={styles.title}>{title}</p> : null}
      {children ? <div className={styles.body}>{children}</div> : null}
    </div>
  );
}
