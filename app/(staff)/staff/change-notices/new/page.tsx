import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/page-header';
import { Page } from '@/app/_components/ui/page-shell';
import { getChangeNoticeForm } from '@/lib/change-notices/get-change-notice-form';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { ChangeNoticeForm } from '../change-notice-form';
import styles from '../change-notices.module.css';
import { changeNoticeFormData } from '../form-options';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('changeNotice');
  return { title: t('form.title.new') };
}

// Privacy staff only; the page authorizes itself, and so does the action it posts to.
export default async function NewChangeNoticePage() {
  const ctx = await pageContext('notices.manage', { returnTo: '/staff/change-notices/new' });
  const [t, tRegister, form] = await Promise.all([getTranslations('changeNotice'), getTranslations('register'), getChangeNoticeForm(ctx)]);
  return (
    <Page width="narrow">
      <p className={styles.back}>
        <Link href="/staff/change-notices">← {t('back')}</Link>
      </p>
      <PageHeader title={t('form.title.new')} lead={t('lead')} />
      <ClientMessages namespaces={['changeNotice']}>
        <ChangeNoticeForm data={changeNoticeFormData(form, ctx.locale, (s) => tRegister(`status.${s}`))} />
      </ClientMessages>
    </Page>
  );
}
