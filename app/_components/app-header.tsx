import Link from 'next/link';
import type { UserActor as Actor } from '@/lib/core/actor';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { ShieldIcon } from './icons';
import { LanguageSwitch } from './language-switch';
import { NoticesBadge } from './notices-badge';
import { NavLink } from './nav-link';
import { SignOutButton, UserMenu } from './user-menu';

type NavItem = { href: string; label: string; exact?: boolean };

/** Navigation by role: staff see the provider's pages, customers their organisation(s). */
function navItems(actor: Actor | null, t: Translate): NavItem[] {
  if (!actor) return [];
  const items: NavItem[] = [];
  if (actor.staffRoles.length > 0) {
    items.push({ href: '/staff', label: t('nav.organisations'), exact: true });
    items.push({ href: '/staff/register', label: t('nav.register') });
    items.push({ href: '/staff/change-notices', label: t('nav.changeNotices') });
    items.push({ href: '/staff/objections', label: t('nav.objections') });
    items.push({ href: '/staff/versions', label: t('nav.versions') });
  }
  const [only] = actor.memberships;
  if (actor.memberships.length === 1 && only) {
    items.push({ href: `/orgs/${only.orgId}`, label: t('nav.overview'), exact: true });
    items.push({ href: `/orgs/${only.orgId}/dpa`, label: t('nav.dpa') });
    items.push({ href: `/orgs/${only.orgId}/toms`, label: t('nav.toms') });
    items.push({ href: `/orgs/${only.orgId}/register`, label: t('nav.register') });
    items.push({ href: `/orgs/${only.orgId}/subscriptions`, label: t('nav.subscriptions') });
  } else if (actor.memberships.length > 1) {
    items.push({ href: '/', label: t('nav.switchOrg'), exact: true });
  }
  return items;
}

export function AppHeader({
  actor,
  locale,
  t,
  providerName,
}: {
  actor: Actor | null;
  locale: Locale;
  t: Translate;
  providerName: string | null;
}) {
  const items = navItems(actor, t);
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          <span className="brand-mark">
            <ShieldIcon />
          </span>
          <span className="brand-text">
            <span className="brand-name">{t('common.appName')}</span>
            {providerName ? <span className="brand-provider">{providerName}</span> : null}
          </span>
        </Link>
        {items.length > 0 ? (
          <nav className="site-nav" aria-label={t('nav.main')}>
            <ul>
              {items.map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href} exact={item.exact}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
              {actor && actor.memberships.length === 1 ? (
                <li>
                  <NoticesBadge actor={actor} orgId={actor.memberships[0]!.orgId} />
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
        <div className="site-header-tools">
          <LanguageSwitch locale={locale} t={t} />
          {actor ? <UserMenu actor={actor} t={t} /> : null}
          {actor ? <SignOutButton t={t} /> : null}
        </div>
      </div>
    </header>
  );
}
