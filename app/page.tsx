import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageContext } from '@/lib/core/page';
import { BuildingIcon, ChevronIcon } from './_components/icons';
import { PageHeader } from './_components/page-header';
import { EmptyState } from './_components/ui/empty-state';
import { Page } from './_components/ui/page-shell';
import styles from './page.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('home');
  return { title: t('title') };
}

// The start page sends everyone where they work: anonymous -> sign-in, staff -> the staff home,
// a customer of one organisation -> its dashboard; with several organisations, a chooser.
export default async function HomePage() {
  const { actor } = await pageContext('account.view');
  if (actor.staffRoles.length > 0) redirect('/staff');
  const [only] = actor.memberships;
  if (actor.memberships.length === 1 && only) redirect(`/orgs/${only.orgId}`);

  const t = await getTranslations();
  return (
    <Page width="narrow">
      {actor.memberships.length === 0 ? (
        <>
          <PageHeader title={t('home.none.title')} />
          <EmptyState title={t('home.none.title')}>{t('home.none.body')}</EmptyState>
        </>
      ) : (
        <>
          <PageHeader title={t('home.title')} lead={t('home.lead')} />
          <ul className={styles.choices}>
            {actor.memberships.map((m) => (
              <li key={m.orgId}>
                <Link href={`/orgs/${m.orgId}`} className={styles.choice}>
                  <span className={styles.icon}>
                    <BuildingIcon />
                  </span>
                  <span className={styles.text}>
                    <span className={styles.title}>{m.orgName}</span>
                    <span className={styles.meta}>{t(`nav.role.${m.role}`)}</span>
                  </span>
                  <ChevronIcon className={styles.chevron} />
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
