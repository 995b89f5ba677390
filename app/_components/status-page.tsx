import Link from 'next/link';

/** The body of the 403 and 404 pages: a code, a title, a sentence and the way back home. */
export function StatusPage({ code, title, body, back }: { code: number; title: string; body: string; back: string }) {
  return (
    <main id="main" className="page page-narrow status-page">
      <p className="status-code" aria-hidden="true">
        {code}
      </p>
      <h1>{title}</h1>
      <p className="lead">{body}</p>
      <p>
        <Link href="/" className="button button-primary">
          {back}
        </Link>
      </p>
    </main>
  );
}
