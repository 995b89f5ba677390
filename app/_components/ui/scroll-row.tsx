'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { ChevronIcon } from '../icons';
import styles from './scroll-row.module.css';

/**
 * A row that scrolls sideways when it does not fit (tabs and the navigation on a phone). Where
 * content is cut off, the edge fades and shows an arrow, so the row visibly continues; the arrow
 * scrolls on by one step. The current entry ([aria-current]) is scrolled into view at first.
 * Keyboard users need no arrow: tabbing to a link scrolls it into view.
 */
export function ScrollRow({ children, className }: { children: React.ReactNode; className?: string }) {
  const t = useTranslations('ui.scroll');
  const scroller = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState({ start: false, end: false });

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () =>
      setOverflow({
        start: element.scrollLeft > 1,
        end: element.scrollLeft + element.clientWidth < element.scrollWidth - 1,
      });
    element.querySelector('[aria-current]')?.scrollIntoView({ block: 'nearest', inline: 'center' });
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, []);

  const step = (direction: 1 | -1) =>
    scroller.current?.scrollBy({ left: direction * scroller.current.clientWidth * 0.7, behavior: 'smooth' });

  return (
    <div className={className ? `${styles.row} ${className}` : styles.row} data-overflow-start={overflow.start} data-overflow-end={overflow.end}>
      <div ref={scroller} className={styles.scroller}>
        {children}
      </div>
      {/* Pointer help only: hidden from the keyboard and screen readers, which reach every entry anyway. */}
      <button type="button" className={`${styles.more} ${styles.moreStart}`} tabIndex={-1} aria-hidden="true" title={t('back')} onClick={() => step(-1)}>
        <ChevronIcon direction="left" />
      </button>
      <button type="button" className={`${styles.more} ${styles.moreEnd}`} tabIndex={-1} aria-hidden="true" title={t('more')} onClick={() => step(1)}>
        <ChevronIcon />
      </button>
    </div>
  );
}
