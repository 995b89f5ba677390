import { signOutAction } from '@/app/_actions/sign-out';
import type { UserActor as Actor } from '@/lib/core/actor';
import type { Translate } from '@/lib/i18n/translate';
import { ChevronIcon, SignOutIcon } from './icons';

function initials(actor: Actor) {
  const source = actor.name?.trim() || actor.email;
  const parts = source.split(/[\s@.]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts[1]?.[0] ?? '')).toUpperCase();
}

/**
 * Who is signed in, with their roles, in a <details> disclosure (no JavaScript needed). Sign-out sits
 * beside it as a plain form, always one click away.
 */
export function UserMenu({ actor, t }: { actor: Actor; t: Translate }) {
  const roles = [
    ...actor.staffRoles.map((role) => t(`nav.role.${role}`)),
    ...actor.memberships.map((m) => `${m.orgName}: ${t(`nav.role.${m.role}`)}`),
  ];
  return (
    <details className="user-menu">
      <summary className="user-menu-summary" aria-label={`${t('nav.userMenu')}: ${actor.name ?? actor.email}`}>
        <span className="avatar" aria-hidden="true">
          {initials(actor)}
        </span>
        <span className="user-menu-name">{actor.name ?? actor.email}</span>
        <ChevronIcon direction="down" className="user-menu-chevron" />
      </summary>
      <div className="user-menu-panel">
        <p className="user-menu-label">{t('nav.signedInAs')}</p>
        <p className="user-menu-identity">
          {actor.name ? <strong>{actor.name}</strong> : null}
          <span>{actor.email}</span>
        </p>
        {roles.length > 0 ? (
          <ul className="user-menu-roles">
            {roles.map((role) => (
              <li key={role}>{role}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </details>
  );
}

export function SignOutButton({ t }: { t: Translate }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="button button-ghost sign-out-button">
        <SignOutIcon />
        <span className="sign-out-label">{t('nav.signOut')}</span>
      </button>
    </form>
  );
}
