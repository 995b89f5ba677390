import type { UserActor as Actor } from '@/lib/core/actor';
import { createContext } from '@/lib/core/context';
import { getT } from '@/lib/i18n/server';
import { countUnreadNotices } from '@/lib/notices/count-unread-notices';
import { NavLink } from './nav-link';

/**
 * The header's link to an organisation's notices with the number this user has not opened yet:
 * "Mitteilungen (3)". A server component; the count is scoped by orgId and is 0 for anyone who is
 * not one of the organisation's own people. It came with the actor's memberships (read with the
 * session, lib/auth/load-actor.ts); an actor built without it is counted here.
 */
export async function NoticesBadge({ actor, orgId }: { actor: Actor; orgId: string }) {
  const known = actor.memberships.find((m) => m.orgId === orgId)?.unreadNotices;
  const [{ t }, unread] = await Promise.all([getT(), known ?? countUnreadNotices(createContext({ actor }), { orgId })]);
  return (
    <NavLink href={`/orgs/${orgId}/notices`}>
      {unread > 0 ? (
        <>
          <span aria-hidden="true">{t('portalNotices.navUnread', { count: unread })}</span>
          <span className="visually-hidden">{t('portalNotices.navUnreadLabel', { count: unread })}</span>
        </>
      ) : (
        t('portalNotices.nav')
      )}
    </NavLink>
  );
}
