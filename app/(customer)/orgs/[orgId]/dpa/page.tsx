import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { DpaDocumentView, DpaLayout, DpaToc } from '@/app/_components/dpa/dpa-document-view';
import { PageHeader } from '@/app/_components/page-header';
import { DpaStatusBadge } from '@/app/_components/status-badge';
import { buttonClass } from '@/app/_components/ui/button';
import { Callout } from '@/app/_components/ui/callout';
import { Page } from '@/app/_components/ui/page-shell';
import { pageContext } from '@/lib/core/page';
import { getDpaReview } from '@/lib/dpa/get-dpa-review';
import styles from './dpa.module.css';
import { SignPanel } from './sign-panel';
import { StatusBanner } from './status-banner';

type Props = { params: Promise<{ orgId: string }>; searchParams: Promise<{ signed?: string }> };

// A generic title: metadata must not name an organisation before the page has authorized.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dpa');
  return { title: t('pageTitle') };
}

// Review and sign: the DPA filled in for this organisation with its four annexes, a table of
// contents, and at the end the signing form for signatories. The form is the only client code.
export default async function DpaReviewPage({ params, searchParams }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('dpa.review', { orgId, returnTo: `/orgs/${orgId}/dpa` });
  const [t, locale] = await Promise.all([getTranslations('dpa'), getLocale()]);
  const review = await getDpaReview(ctx, { orgId });
  if (!review) notFound();
  const { org, document } = review;
  const { signed } = await searchParams;
  const signedNow = Boolean(signed && review.agreement?.isCurrent && review.agreement.id === signed);

  return (
    <Page>
      <div className={styles.page}>
        {review.viewer.kind === 'staff' ? <Callout tone="info">{t('staffView')}</Callout> : null}
        <PageHeader
          eyebrow={t('eyebrow', { org: org.legalName, customerNumber: org.customerNumber })}
          title={t('pageTitle')}
          meta={<DpaStatusBadge status={review.status} />}
          actions={
            <>
              <Link href={`/orgs/${org.id}/agreements`} className={buttonClass({ variant: 'ghost' })}>
                {t('history')}
              </Link>
              <Link href={`/orgs/${org.id}`} className={buttonClass({ variant: 'ghost' })}>
                {t('back')}
              </Link>
            </>
          }
        />
        <StatusBanner review={review} signedNow={signedNow} />
        {document ? (
          <DpaLayout>
            <DpaToc document={document} title={t('toc.title')} signLabel={review.canSign ? t('toc.sign') : undefined} />
            <div className={styles.main}>
              <p className={styles.documentNote}>
                {review.agreement?.isCurrent
                  ? t('document.signed', { version: document.templateVersion })
                  : t('document.draft', { version: document.templateVersion })}
                {locale === 'en' ? ` ${t('document.governing')}` : null}
              </p>
              {review.professionalSecrecy ? <p className={styles.documentNote}>{t('document.professionalSecrecy')}</p> : null}
              <DpaDocumentView document={document} />
              <SignPanel review={review} />
            </div>
          </DpaLayout>
        ) : null}
      </div>
    </Page>
  );
}
