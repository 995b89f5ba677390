import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/page-header';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import styles from '../account.module.css';
import { KeptEvidence } from '../kept-evidence';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.deleted');
  return { title: t('title'), robots: { index: false } };
}

// Public: where the deletion request leads once it is carried out. The person has no session any
// more, so this page reads nothing about them; it says in general what was deleted and what is kept
// (the same texts as the account page), instead of a bare sign-in page.
export default async function AccountDeletedPage() {
  const t = await getTranslations('account');
  return (
    <Page width="narrow">
      <PageHeader title={t('deleted.title')} lead={t('deleted.lead')} />
      <Card as="div">
        <h2>{t('deleted.removedTitle')}</h2>
        <ul className={styles.kept}>
          <li>{t('deleted.removedProfile')}</li>
          <li>{t('deleted.removedSessions')}</li>
          <li>{t('deleted.removedMemberships')}</li>
          <li>{t('deleted.removedAddress')}</li>
        </ul>
        <h2>{t('delete.keptTitle')}</h2>
        <KeptEvidence />
        <p>
          {t('deleted.questions')} <Link href="/privacy">{t('deleted.privacyLink')}</Link>
        </p>
        <p>
          <Link href="/">{t('delete.home')}</Link>
        </p>
      </Card>
    </Page>
  );
}
