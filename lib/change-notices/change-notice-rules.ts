import type { ChangeNotice } from '@/db/schema';

// What may still be done with a change notice, decided here once: the use cases refuse by these
// rules and the pages offer only what they allow (they never work the rules out themselves).

type State = Pick<ChangeNotice, 'status' | 'effectiveAt'>;

/** Only a draft may be edited or announced: once announced, it is evidence of what customers were told. */
export function isDraft(notice: Pick<ChangeNotice, 'status'>): boolean {
  return notice.status === 'draft';
}

/** A draft, or an announced notice before it takes effect (at `now`), may be withdrawn. */
export function isWithdrawable(notice: State, now: Date): boolean {
  return notice.status === 'draft' || (notice.status === 'announced' && now < notice.effectiveAt);
}
