import type { DpaStatus } from '@/lib/dpa/dpa-status';
import type { SupportLevel } from '@/lib/support/support-level';
import type { Translate } from '@/lib/i18n/translate';

export type Tone = 'success' | 'warning' | 'danger' | 'neutral' | 'info';

export function Badge({ tone, children }: { tone: Tone; children: React.ReactNode }) {
  return (
    <span className={`badge badge-${tone}`}>
      <span className="badge-dot" aria-hidden="true" />
      {children}
    </span>
  );
}

export const dpaStatusTone: Record<DpaStatus, Tone> = {
  current: 'success',
  outdated: 'warning',
  none: 'danger',
  not_eligible: 'neutral',
};

export function DpaStatusBadge({ status, t }: { status: DpaStatus; t: Translate }) {
  return <Badge tone={dpaStatusTone[status]}>{t(`dpaStatus.${status}`)}</Badge>;
}

export function SupportLevelBadge({ level, t }: { level: SupportLevel; t: Translate }) {
  return <Badge tone={level === 'full' ? 'success' : 'warning'}>{t(`support.level.${level}`)}</Badge>;
}
