import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageContext } from '@/lib/core/page';
import { getSubprocessorForm } from '@/lib/register/get-subprocessor-form';
import { SubprocessorFormPage } from '../subprocessor-form-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('register');
  return { title: t('form.title.new') };
}

// Privacy staff only: the page authorizes itself, and so does the action it posts to.
export default async function NewSubprocessorPage() {
  const ctx = await pageContext('register.manage', { returnTo: '/staff/register/new' });
  const [t, form] = await Promise.all([getTranslations('register'), getSubprocessorForm(ctx, {})]);
  return <SubprocessorFormPage locale={ctx.locale} title={t('form.title.new')} form={form!} />;
}
