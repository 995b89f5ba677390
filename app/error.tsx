'use client';

// Error boundaries are client components and get no server translations, so this one carries its
// two sentences in both languages and picks by <html lang>. It never shows error.message or a
// stack: only the digest, which matches the server log line.
import Link from 'next/link';
import { useSyncExternalStore } from 'react';

const text = {
  de: {
    title: 'Etwas ist schiefgegangen',
    body: 'Bitte versuchen Sie es erneut.',
    reference: 'Wenn der Fehler bleibt, nennen Sie unserem Support diese Kennung:',
    retry: 'Erneut versuchen',
    home: 'Zur Startseite',
  },
  en: {
    title: 'Something went wrong',
    body: 'Please try again.',
    reference: 'If the problem persists, give our support this reference:',
    retry: 'Try again',
    home: 'Go to the start page',
  },
} as const;

function useLang(): keyof typeof text {
  return useSyncExternalStore(
    () => () => {},
    () => (document.documentElement.lang === 'en' ? 'en' : 'de'),
    () => 'de',
  );
}

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = text[useLang()];
  const digest = error instanceof Error && 'digest' in error ? String((error as { digest?: unknown }).digest ?? '') : '';
  return (
    <main id="main" className="page page-narrow status-page">
      <p className="status-code" aria-hidden="true">
        500
      </p>
      <h1>{t.title}</h1>
      <p className="lead">{t.body}</p>
      {digest ? (
        <p>
          {t.reference} <code>{digest}</code>
        </p>
      ) : null}
      <p className="button-row">
        <button type="button" className="button button-primary" onClick={() => retry()}>
          {t.retry}
        </button>
        <Link href="/" className="button button-secondary">
          {t.home}
        </Link>
      </p>
    </main>
  );
}
