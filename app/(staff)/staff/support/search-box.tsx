'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { SearchIcon } from '@/app/_components/icons';
import { Button } from '@/app/_components/ui/button';
import styles from './support.module.css';

/**
 * The support search field: results as you type (the URL follows the field after a short pause, so
 * the server renders the list and every view can be shared), and a plain GET form without JavaScript.
 */
export function SearchBox({ defaultValue }: { defaultValue: string }) {
  const t = useTranslations('supportDesk.search');
  const router = useRouter();
  const [value, setValue] = useState(defaultValue);
  const [pending, startTransition] = useTransition();
  const last = useRef(defaultValue);

  useEffect(() => {
    const q = value.trim();
    if (q === last.current) return;
    const timer = setTimeout(() => {
      last.current = q;
      startTransition(() => router.replace(q ? `/staff?q=${encodeURIComponent(q)}` : '/staff', { scroll: false }));
    }, 300);
    return () => clearTimeout(timer);
  }, [value, router]);

  return (
    <form className={styles.search} role="search" method="get" action="/staff">
      <label htmlFor="q" className={styles.searchLabel}>
        {t('label')}
      </label>
      <div className={styles.searchRow}>
        <span className={styles.searchIcon} aria-hidden="true">
          <SearchIcon />
        </span>
        <input
          id="q"
          name="q"
          type="search"
          className={styles.searchInput}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          maxLength={120}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="q-hint"
          aria-busy={pending}
        />
        <Button type="submit" variant="primary">
          {t('submit')}
        </Button>
      </div>
      <p id="q-hint" className={styles.hint}>
        {t('hint')}
      </p>
    </form>
  );
}
