import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { decide } from '@/lib/auth/permissions';
import type { UserActor as Actor } from '@/lib/core/actor';
import styles from './app-header.module.css';
import { BrandMark } from './brand-mark';
import { HeaderHeight } from './header-height';
import { LanguageSwitch } from './language-switch';
import { NavLink } from './nav-link';
import { NoticesBadge } from './notices-badge';
import { ScrollRow } from './ui/scroll-row';
import { SignOutButton, UserMenu } from './user-menu';

type NavItem = { href: string; label: string; exact?: boolean };

/** Navigation by role: staff see the provider's pages, customers their organisation(s). */
async function navItems(actor: Actor | null): Promise<NavItem[]> {
  if (!actor) return [];
  const t = await getTranslations('nav');
  const items: NavItem[] = [];
  if (actor.staffRoles.length > 0) {
    items.push({ href: '/staff', label: t('organisations'), exact: true });
    items.push({ href: '/staff/register', label: t('register') });
    items.push({ href: '/staff/change-notices', label: t('changeNotices') });
    items.push({ href: '/staff/objections', label: t('objections') });
    items.push({ href: '/staff/versions', label: t('versions') });
    // Shown by permission, not by role name; the admin pages authorize themselves regardless.
    if (decide(actor, 'admin.orgs.manage') === 'allow') items.push({ href: '/staff/admin/orgs', label: t('admin') });
    // f11b: people and roles (admins), the audit log (admins, privacy staff)
    const tf = await getTranslations();
    if (decide(actor, 'people.manage.staff') === 'allow') items.push({ href: '/staff/admin/people', label: tf('people.nav') });
    if (decide(actor, 'audit.view') === 'allow') items.push({ href: '/staff/audit', label: tf('audit.nav') });
    // f11c: who was reminded to sign the DPA, when
    if (decide(actor, 'reminders.view') === 'allow') items.push({ href: '/staff/reminders', label: tf('lifecycle.reminders.nav') });
    // f12: the Art. 30(2) record, for privacy staff (the page and the export authorize again).
    if (decide(actor, 'records.export') === 'allow') items.push({ href: '/staff/records', label: (await getTranslations('records'))('nav') });
  }
  const [only] = actor.memberships;
  if (actor.memberships.length === 1 && only) {
    items.push({ href: `/orgs/${only.orgId}`, label: t('overview'), exact: true });
    items.push({ href: `/orgs/${only.orgId}/dpa`, label: t('dpa') });
    items.push({ href: `/orgs/${only.orgId}/toms`, label: t('toms') });
    items.push({ href: `/orgs/${only.orgId}/register`, label: t('register') });
    items.push({ href: `/orgs/${only.orgId}/subscriptions`, label: t('subscriptions') });
    if (only.role === 'signatory') items.push({ href: `/orgs/${only.orgId}/people`, label: (await getTranslations())('people.nav') });
  } else if (actor.memberships.length > 1) {
    items.push({ href: '/', label: t('switchOrg'), exact: true });
  }
  return items;
}

/** Brand and tools on the first row, the navigation on its own row below. */
export async function AppHeader({ actor, providerName }: { actor: Actor | null; providerName: string | null }) {
  const [t, items] = await Promise.all([getTranslations(), navItems(actor)]);
  const only = actor?.memberships.length === 1 ? actor.memberships[0] : undefined;
  return (
    <header className={styles.header}>
      <HeaderHeight />
      <div className={items.length > 0 ? styles.inner : `${styles.inner} ${styles.bottomPad}`}>
        <Link href="/" className={styles.brand}>
          <BrandMark className={styles.mark} />
          <span className={styles.brandText}>
            <span className={styles.brandName}>{t('common.appName')}</span>
            {providerName ? <span className={styles.brandProvider}>{providerName}</span> : null}
          </span>
        </Link>
        <div className={styles.tools}>
          <LanguageSwitch />
          {actor ? <UserMenu actor={actor} /> : null}
          {actor ? <SignOutButton /> : null}
        </div>
        {items.length > 0 ? (
          <nav className={styles.nav} aria-label={t('nav.main')}>
            <ScrollRow>
              <ul className={styles.navList}>
                {items.map((item) => (
                  <li key={item.href}>
                    <NavLink href={item.href} exact={item.exact}>
                      {item.label}
                    </NavLink>
                  </li>
                ))}
                {actor && only ? (
                  <li>
                    <NoticesBadge actor={actor} orgId={only.orgId} />
                  </li>
                ) : null}
              </ul>
            </ScrollRow>
          </nav>
        ) : null}
      </div>
    </header>
  );
}
