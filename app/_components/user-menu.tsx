import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { signOutAction } from '@/app/_actions/sign-out';
import type { UserActor as Actor } from '@/lib/core/actor';
import { ChevronIcon, SignOutIcon } from './icons';
import { buttonClass } from './ui/button';
import styles from './user-menu.module.css';

function initials(actor: Actor) {
  const source = actor.name?.trim() || actor.email;
  const parts = source.split(/[\s@.]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts[1]?.[0] ?? '')).toUpperCase();
}

/**
 * Who is signed in, with their roles. The summary is named by its content ("Anna Becker,
 * Benutzermenü"); the initials are decoration. Sign-out sits beside it, one click away.
 */
export async function UserMenu({ actor }: { actor: Actor }) {
  const [t, tAccount] = await Promise.all([getTranslations('nav'), getTranslations('account')]);
  const roles = [
    ...actor.staffRoles.map((role) => t(`role.${role}`)),
    ...actor.memberships.map((m) => `${m.orgName}: ${t(`role.${m.role}`)}`),
  ];
  return (
    <details className={styles.menu}>
      <summary className={styles.summary}>
        <span className={styles.avatar} aria-hidden="true">
          {initials(actor)}
        </span>
        <span className={styles.name}>{actor.name ?? actor.email}</span>
        <span className="visually-hidden">, {t('userMenu')}</span>
        <ChevronIcon direction="down" className={styles.chevron} />
      </summary>
      <div className={styles.panel}>
        <p className={styles.label}>{t('signedInAs')}</p>
        <p className={styles.identity}>
          {actor.name ? <strong>{actor.name}</strong> : null}
          <span>{actor.email}</span>
        </p>
        {roles.length > 0 ? (
          <ul className={styles.roles}>
            {roles.map((role) => (
              <li key={role}>{role}</li>
            ))}
          </ul>
        ) : null}
        {/* f12: every signed-in user's own data (issue 12). */}
        <Link href="/account" className={styles.accountLink}>
          {tAccount('menuLink')}
        </Link>
      </div>
    </details>
  );
}

export async function SignOutButton() {
  const t = await getTranslations('nav');
  return (
    <form action={signOutAction}>
      <button type="submit" className={buttonClass({ variant: 'ghost' }, styles.signOut)}>
        <SignOutIcon />
        <span className={styles.signOutLabel}>{t('signOut')}</span>
      </button>
    </form>
  );
}
