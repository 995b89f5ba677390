'use client';

import { useEffect, useRef } from 'react';

/**
 * Publishes the sticky header's height as --header-height, so scroll-margin-top keeps a heading
 * scrolled into view (an anchor, a result moved into focus) clear of the header. A static header
 * (phones) needs no room. Renders an empty marker inside the header; no inline script.
 */
export function HeaderHeight() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const header = marker.current?.closest('header');
    if (!header) return;
    const root = document.documentElement;
    const publish = () => {
      const sticky = getComputedStyle(header).position === 'sticky';
      root.style.setProperty('--header-height', sticky ? `${Math.ceil(header.getBoundingClientRect().height)}px` : '0px');
    };
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  return <span ref={marker} hidden />;
}
