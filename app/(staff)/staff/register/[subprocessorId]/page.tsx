import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageContext } from '@/lib/core/page';
import { getSubprocessorForm } from '@/lib/register/get-subprocessor-form';
import { SubprocessorFormPage } from '../subprocessor-form-page';

type Props = {
  params: Promise<{ subprocessorId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('register');
  return { title: t('form.title.edit') };
}

// Authorize before looking the id up, so a customer learns nothing about which ids exist.
export default async function EditSubprocessorPage({ params, searchParams }: Props) {
  const { subprocessorId } = await params;
  const ctx = await pageContext('register.manage', { returnTo: `/staff/register/${subprocessorId}` });
  const form = await getSubprocessorForm(ctx, { subprocessorId });
  if (!form?.subprocessor) notFound();
  const t = await getTranslations('register');
  return (
    <SubprocessorFormPage
      locale={ctx.locale}
      title={form.subprocessor.legalName}
      notice={(await searchParams).created ? t('form.created') : undefined}
      form={form}
    />
  );
}
