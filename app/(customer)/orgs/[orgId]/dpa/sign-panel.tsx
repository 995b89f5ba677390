import { getTranslations } from 'next-intl/server';
import { Card } from '@/app/_components/ui/card';
import type { DpaReview } from '@/lib/dpa/get-dpa-review';
import { ClientMessages } from '@/lib/i18n/client-messages';
import styles from './dpa.module.css';
import { SignForm } from './sign-form';

// The end of the review page: the signing form for a signatory who can sign, a note naming the
// signatories for a member, nothing for staff (the page says at the top that staff do not sign).

function SignSection({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div id="sign" className={styles.sign}>
      <Card title={title}>{children}</Card>
    </div>
  );
}

export async function SignPanel({ review }: { review: DpaReview }) {
  const t = await getTranslations('dpa');
  const { viewer, org, template } = review;
  if (viewer.kind === 'staff') return null;

  if (viewer.role !== 'signatory') {
    if (!review.eligible || review.agreement?.isCurrent) return null;
    const names = review.signatories.join(', ');
    return (
      <SignSection title={t('sign.title')}>
        <p>{names ? t('sign.onlySignatories', { names }) : t('sign.noSignatories', { email: review.contact.supportEmail })}</p>
      </SignSection>
    );
  }

  if (!review.canSign || !template || !review.consentText) return null;
  return (
    <SignSection title={t('sign.title')}>
      <p>{t('sign.intro')}</p>
      <ClientMessages namespaces={['dpa']}>
        <SignForm
          orgId={org.id}
          templateVersionId={template.id}
          legalName={org.legalName}
          version={template.version}
          consentText={review.consentText}
          prefill={review.prefill}
        />
      </ClientMessages>
    </SignSection>
  );
}
