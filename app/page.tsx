import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { pageContext } from '@/lib/core/page';
import { getT } from '@/lib/i18n/server';
import { EmptyState } from './_components/empty-state';
import { BuildingIcon, ChevronIcon } from './_components/icons';
import { PageHeader } from './_components/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('home.title') };
}

// The start page sends everyone where they work: anonymous -> sign-in, staff -> the staff home,
// a customer of one organisation -> its dashboard; with several organisations, a chooser.
export default async function HomePage() {
  const { actor } = await pageContext('account.view');
  if (actor.staffRoles.length > 0) redirect('/staff');
  const [only] = actor.memberships;
  if (actor.memberships.length === 1 && only) redirect(`/orgs/${only.orgId}`);

  const { t } = await getT();
  return (
    <main id="main" className="page page-narrow">
      {actor.memberships.length === 0 ? (
        <>
          <PageHeader title={t('home.none.title')} />
          <EmptyState title={t('home.none.title')}>{t('home.none.body')}</EmptyState>
        </>
      ) : (
        <>
          <PageHeader title={t('home.title')} lead={t('home.lead')} />
          <ul className="choice-list">
            {actor.memberships.map((m) => (
              <li key={m.orgId}>
                <Link href={`/orgs/${m.orgId}`} className="choice">
                  <span className="choice-icon">
                    <BuildingIcon />
                  </span>
                  <span className="choice-text">
                    <span className="choice-title">{m.orgName}</span>
                    <span className="choice-meta">{t(`nav.role.${m.role}`)}</span>
                  </span>
                  <ChevronIcon className="choice-chevron" />
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
