import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { InfoIcon } from '@/app/_components/icons';
import { PageHeader } from '@/app/_components/page-header';
import { DpaStatusBadge } from '@/app/_components/status-badge';
import { DpaDocumentView, DpaToc } from '@/app/_components/dpa/dpa-document-view';
import { pageContext } from '@/lib/core/page';
import { getDpaReview } from '@/lib/dpa/get-dpa-review';
import { getT } from '@/lib/i18n/server';
import { SignPanel } from './sign-panel';
import { StatusBanner } from './status-banner';

type Props = { params: Promise<{ orgId: string }>; searchParams: Promise<{ signed?: string }> };

// A generic title: metadata must not name an organisation before the page has authorized.
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('dpa.pageTitle') };
}

// Review and sign: the DPA filled in for this organisation with its four annexes, a table of
// contents, and at the end the signing form for signatories. A server component throughout; the
// form is the only client code and receives strings only.
export default async function DpaReviewPage({ params, searchParams }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('dpa.review', { orgId, returnTo: `/orgs/${orgId}/dpa` });
  const { t, locale } = await getT();
  const review = await getDpaReview(ctx, { orgId });
  if (!review) notFound();
  const { org, document } = review;
  const { signed } = await searchParams;
  const signedNow = Boolean(signed && review.agreement?.isCurrent && review.agreement.id === signed);

  return (
    <main id="main" className="page dpa-page">
      {review.viewer.kind === 'staff' ? (
        <p className="notice notice-info">
          <InfoIcon /> {t('dpa.staffView')}
        </p>
      ) : null}
      <PageHeader
        eyebrow={t('dpa.eyebrow', { org: org.legalName, customerNumber: org.customerNumber })}
        title={t('dpa.pageTitle')}
        meta={<DpaStatusBadge status={review.status} t={t} />}
        actions={
          <Link href={`/orgs/${org.id}`} className="button button-ghost">
            {t('dpa.back')}
          </Link>
        }
      />
      <StatusBanner review={review} t={t} locale={locale} signedNow={signedNow} />
      {document ? (
        <div className="dpa-layout">
          <DpaToc document={document} title={t('dpa.toc.title')} signLabel={review.canSign ? t('dpa.toc.sign') : undefined} />
          <div className="dpa-main">
            <p className="dpa-document-note">
              {review.agreement?.isCurrent
                ? t('dpa.document.signed', { version: document.templateVersion })
                : t('dpa.document.draft', { version: document.templateVersion })}
              {locale === 'en' ? ` ${t('dpa.document.governing')}` : null}
            </p>
            <DpaDocumentView document={document} />
            <SignPanel review={review} t={t} locale={locale} />
          </div>
        </div>
      ) : null}
    </main>
  );
}
