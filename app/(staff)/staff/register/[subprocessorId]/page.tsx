import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { authorizePage } from '@/lib/auth/authorize';
import { getT } from '@/lib/i18n/server';
import { getRegisterOptions } from '@/lib/register/get-register-options';
import { getSubprocessor } from '@/lib/register/get-subprocessor';
import { SubprocessorFormPage } from '../subprocessor-form-page';

type Props = {
  params: Promise<{ subprocessorId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('register.form.title.edit') };
}

// Authorize before looking the id up, so a customer learns nothing about which ids exist.
export default async function EditSubprocessorPage({ params, searchParams }: Props) {
  const { subprocessorId } = await params;
  await authorizePage('register.manage', { returnTo: `/staff/register/${subprocessorId}` });
  const db = getDb();
  const [row, options] = await Promise.all([getSubprocessor(db, subprocessorId), getRegisterOptions(db)]);
  if (!row) notFound();
  const { t, locale } = await getT();
  return (
    <SubprocessorFormPage
      t={t}
      locale={locale}
      title={row.legalName}
      notice={(await searchParams).created ? t('register.form.created') : undefined}
      subprocessorId={row.id}
      services={options.services}
      values={{
        legalName: row.legalName,
        address: row.address,
        country: row.country,
        purposeDe: row.purpose.de,
        purposeEn: row.purpose.en,
        dataCategoriesDe: row.dataCategories.map((c) => c.de).join('\n'),
        dataCategoriesEn: row.dataCategories.map((c) => c.en).join('\n'),
        safeguard: row.safeguard,
        safeguardNote: row.safeguardNote ?? '',
        website: row.website ?? '',
        status: row.status,
        activeFrom: row.activeFrom ?? '',
        activeUntil: row.activeUntil ?? '',
        serviceIds: row.serviceIds,
      }}
    />
  );
}
