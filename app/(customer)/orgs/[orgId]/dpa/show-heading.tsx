'use client';

import { useEffect } from 'react';

/**
 * After signing: move the keyboard and the view to the thank-you heading. scrollIntoView honours
 * the heading's scroll-margin-top (the sticky header's height, globals.css), so it lands below the
 * header, not under it; a hash jump during the client navigation did not.
 */
export function ShowHeading({ id }: { id: string }) {
  useEffect(() => {
    const heading = document.getElementById(id);
    if (!heading) return;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  }, [id]);
  return null;
}
