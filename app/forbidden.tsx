import { getTranslations } from 'next-intl/server';
import { StatusPage } from './_components/status-page';

// Rendered by forbidden() (authInterrupts) with status 403: signed in, but without the needed role.
export default async function Forbidden() {
  const t = await getTranslations();
  return (
    <>
      <title>{`${t('forbidden.title')} · ${t('common.appName')}`}</title>
      <StatusPage code={403} title={t('forbidden.title')} body={t('forbidden.body')} back={t('notFound.back')} />
    </>
  );
}
