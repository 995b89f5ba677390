import { getTranslations } from 'next-intl/server';
import { Badge, type Tone } from '@/app/_components/ui/badge';
import type { Translate } from '@/lib/i18n/translate';

// The small state markers every notice view shares: the change notice's state, the organisation's
// objection, and the days left to object. Server components with their own words (next-intl).

type ChangeState = 'draft' | 'announced' | 'effective' | 'withdrawn';
type ObjectionState = 'open' | 'accepted' | 'rejected' | 'withdrawn';

/** Old callers pass `t`; it is not needed any more and is ignored. */
type Legacy = { t?: Translate };

const stateTone: Record<ChangeState, Tone> = { draft: 'neutral', announced: 'info', effective: 'success', withdrawn: 'neutral' };
const objectionTone: Record<ObjectionState, Tone> = { open: 'warning', accepted: 'success', rejected: 'danger', withdrawn: 'neutral' };

export async function NoticeStateBadge({ status }: { status: ChangeState } & Legacy) {
  const t = await getTranslations('portalNotices');
  return <Badge tone={stateTone[status]}>{t(`state.${status}`)}</Badge>;
}

export async function ObjectionBadge({ status }: { status: ObjectionState | null } & Legacy) {
  const t = await getTranslations('objections');
  if (!status) return <span className="muted">{t('status.none')}</span>;
  return <Badge tone={objectionTone[status]}>{t(`status.${status}`)}</Badge>;
}

/**
 * "12 Tage", "1 Tag", "heute": calendar days in the provider's time zone. Takes the legacy
 * translator (staff pages not yet on next-intl); DaysLeftBadge below asks next-intl itself.
 */
export function daysLeftText(days: number, t: Translate): string {
  return t('portalNotices.daysLeft', { days: Math.max(0, days) });
}

export async function DaysLeftBadge({ days }: { days: number } & Legacy) {
  const t = await getTranslations('portalNotices');
  return <Badge tone={days <= 7 ? 'warning' : 'info'}>{t('daysLeft', { days: Math.max(0, days) })}</Badge>;
}
