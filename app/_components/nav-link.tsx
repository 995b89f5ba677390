'use client';

// The one client component of the shell: it marks the link of the current page with aria-current.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function NavLink({ href, children, exact = false }: { href: string; children: React.ReactNode; exact?: boolean }) {
  const pathname = usePathname();
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} className="site-nav-link" aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}
