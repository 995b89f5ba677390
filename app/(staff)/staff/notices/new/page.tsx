import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/app/_components/page-header';
import { authorizePage } from '@/lib/auth/authorize';
import { getT } from '@/lib/i18n/server';
import { ChangeNoticeForm } from '../change-notice-form';
import { changeNoticeFormProps } from '../form-props';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('changeNotice.form.title.new') };
}

// Privacy staff only; the page authorizes itself, and so does the action it posts to.
export default async function NewChangeNoticePage() {
  await authorizePage('notices.manage', { returnTo: '/staff/notices/new' });
  const { t, locale } = await getT();
  const props = await changeNoticeFormProps(t, locale);
  return (
    <main id="main" className="page page-narrow">
      <p>
        <Link href="/staff/notices">← {t('changeNotice.back')}</Link>
      </p>
      <PageHeader title={t('changeNotice.form.title.new')} lead={t('changeNotice.lead')} />
      <ChangeNoticeForm
        labels={props.labels}
        kinds={props.kinds}
        subprocessors={props.subprocessors}
        services={props.services}
        values={{
          kind: 'add', subprocessorId: '', replacesSubprocessorId: '', titleDe: '', titleEn: '', descriptionDe: '',
          descriptionEn: '', serviceIds: [], effectiveDate: props.earliest, isEmergency: false, emergencyReason: '',
        }}
      />
    </main>
  );
}
