import Link from 'next/link';
import styles from './status-page.module.css';
import { ButtonRow, buttonClass } from './ui/button';
import { Page } from './ui/page-shell';

type Props = {
  code: number;
  title: string;
  body: string;
  /** The way back home. */
  back: string;
  /** Said before anything else (the error page's reference for support). */
  children?: React.ReactNode;
  /** Beside the way home (the error page's "try again"). */
  action?: React.ReactNode;
};

/** The body of the 403, 404 and error pages: a code, a title, a sentence and the way back home. */
export function StatusPage({ code, title, body, back, children, action }: Props) {
  return (
    <Page width="narrow">
      <div className={styles.status}>
        <p className={styles.code} aria-hidden="true">
          {code}
        </p>
        <h1>{title}</h1>
        <p className="lead">{body}</p>
        {children}
        <ButtonRow>
          {action}
          <Link href="/" className={buttonClass({ variant: action ? 'secondary' : 'primary' })}>
            {back}
          </Link>
        </ButtonRow>
      </div>
    </Page>
  );
}
