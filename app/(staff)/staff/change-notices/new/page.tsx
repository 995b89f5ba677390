import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/app/_components/page-header';
import { getChangeNoticeForm } from '@/lib/change-notices/get-change-notice-form';
import { pageContext } from '@/lib/core/page';
import { getT } from '@/lib/i18n/server';
import { ChangeNoticeForm } from '../change-notice-form';
import { changeNoticeFormProps } from '../form-labels';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('changeNotice.form.title.new') };
}

// Privacy staff only; the page authorizes itself, and so does the action it posts to.
export default async function NewChangeNoticePage() {
  const ctx = await pageContext('notices.manage', { returnTo: '/staff/change-notices/new' });
  const [{ t, locale }, form] = await Promise.all([getT(), getChangeNoticeForm(ctx)]);
  return (
    <main id="main" className="page page-narrow">
      <p>
        <Link href="/staff/change-notices">← {t('changeNotice.back')}</Link>
      </p>
      <PageHeader title={t('changeNotice.form.title.new')} lead={t('changeNotice.lead')} />
      <ChangeNoticeForm {...changeNoticeFormProps(form, t, locale)} />
    </main>
  );
}
