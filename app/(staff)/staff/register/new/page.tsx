import type { Metadata } from 'next';
import { pageContext } from '@/lib/core/page';
import { getT } from '@/lib/i18n/server';
import { getSubprocessorForm } from '@/lib/register/get-subprocessor-form';
import { SubprocessorFormPage } from '../subprocessor-form-page';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('register.form.title.new') };
}

// Privacy staff only: the page authorizes itself, and so does the action it posts to.
export default async function NewSubprocessorPage() {
  const ctx = await pageContext('register.manage', { returnTo: '/staff/register/new' });
  const [{ t, locale }, form] = await Promise.all([getT(), getSubprocessorForm(ctx, {})]);
  return <SubprocessorFormPage t={t} locale={locale} title={t('register.form.title.new')} form={form!} />;
}
