'use client';

import { useEffect, useRef } from 'react';
import { markNoticeReadAction } from './actions';

/**
 * Records the first reading of a notice once it is actually shown in the browser. The page renders
 * this only for one of the organisation's people who has not opened the notice before; a prefetch
 * or a crawler fetching the page runs no effects and so records nothing. Renders nothing.
 */
export function MarkNoticeRead({ orgId, noticeId }: { orgId: string; noticeId: string }) {
  const sent = useRef(false);
  useEffect(() => {
    // Once per mount, also under React's development double-invocation of effects.
    if (sent.current) return;
    sent.current = true;
    void markNoticeReadAction({ orgId, noticeId });
  }, [orgId, noticeId]);
  return null;
}
