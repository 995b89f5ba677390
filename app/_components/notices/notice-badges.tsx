import { Badge, type Tone } from '@/app/_components/status-badge';
import type { Translate } from '@/lib/i18n/translate';

// The small state markers every notice view shares: the change notice's state, the organisation's
// objection, and the days left to object.

type ChangeState = 'draft' | 'announced' | 'effective' | 'withdrawn';
type ObjectionState = 'open' | 'accepted' | 'rejected' | 'withdrawn';

const stateTone: Record<ChangeState, Tone> = { draft: 'neutral', announced: 'info', effective: 'success', withdrawn: 'neutral' };
const objectionTone: Record<ObjectionState, Tone> = { open: 'warning', accepted: 'success', rejected: 'danger', withdrawn: 'neutral' };

export function NoticeStateBadge({ status, t }: { status: ChangeState; t: Translate }) {
  return <Badge tone={stateTone[status]}>{t(`portalNotices.state.${status}`)}</Badge>;
}

export function ObjectionBadge({ status, t }: { status: ObjectionState | null; t: Translate }) {
  if (!status) return <span className="muted">{t('objections.status.none')}</span>;
  return <Badge tone={objectionTone[status]}>{t(`objections.status.${status}`)}</Badge>;
}

/** "12 Tage", "1 Tag", "heute": calendar days in the provider's time zone. */
export function daysLeftText(days: number, t: Translate): string {
  return t('portalNotices.daysLeft', { days: Math.max(0, days) });
}

export function DaysLeftBadge({ days, t }: { days: number; t: Translate }) {
  return <Badge tone={days <= 7 ? 'warning' : 'info'}>{daysLeftText(days, t)}</Badge>;
}
