import styles from './page-header.module.css';

/** The page's h1 with what belongs to it: a small line above, badges, one lead sentence, actions. */
export function PageHeader({
  title,
  eyebrow,
  lead,
  meta,
  actions,
}: {
  title: React.ReactNode;
  eyebrow?: React.ReactNode;
  lead?: React.ReactNode;
  meta?: React.ReactNode;
  actions?: React.ReactNode;
}) {
  return (
    <header className={styles.header}>
      <div className={styles.text}>
        {eyebrow ? <p className={styles.eyebrow}>{eyebrow}</p> : null}
        <h1>{title}</h1>
        {meta ? <div className={styles.meta}>{meta}</div> : null}
        {lead ? <p className="lead">{lead}</p> : null}
      </div>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </header>
  );
}
