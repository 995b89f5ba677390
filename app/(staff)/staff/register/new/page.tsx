import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { authorizePage } from '@/lib/auth/authorize';
import { getT } from '@/lib/i18n/server';
import { getRegisterOptions } from '@/lib/register/get-register-options';
import { SubprocessorFormPage } from '../subprocessor-form-page';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('register.form.title.new') };
}

// Privacy staff only: the page authorizes itself, and so does the action it posts to.
export default async function NewSubprocessorPage() {
  await authorizePage('register.manage', { returnTo: '/staff/register/new' });
  const [{ t, locale }, options] = await Promise.all([getT(), getRegisterOptions(getDb())]);
  return (
    <SubprocessorFormPage
      t={t}
      locale={locale}
      title={t('register.form.title.new')}
      services={options.services}
      values={{
        legalName: '', address: '', country: '', purposeDe: '', purposeEn: '', dataCategoriesDe: '', dataCategoriesEn: '',
        safeguard: 'eu_eea', safeguardNote: '', website: '', status: 'planned', activeFrom: '', activeUntil: '', serviceIds: [],
      }}
    />
  );
}
