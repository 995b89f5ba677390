import { getTranslations } from 'next-intl/server';
import type { DpaStatus } from '@/lib/dpa/dpa-status';
import type { Translate } from '@/lib/i18n/translate';
import type { SupportLevel } from '@/lib/support/decide-support-level';
import { Badge, type Tone } from './ui/badge';

// The kit's Badge lives in ./ui/badge; it is re-exported here for pages not yet moved to the kit.
export { Badge, type Tone };

/** Old callers pass `t`; it is not needed any more (next-intl) and is ignored. */
type Legacy = { t?: Translate };

export const dpaStatusTone: Record<DpaStatus, Tone> = {
  current: 'success',
  outdated: 'warning',
  none: 'danger',
  not_eligible: 'neutral',
};

export async function DpaStatusBadge({ status }: { status: DpaStatus } & Legacy) {
  const t = await getTranslations();
  return <Badge tone={dpaStatusTone[status]}>{t(`dpaStatus.${status}`)}</Badge>;
}

export async function SupportLevelBadge({ level }: { level: SupportLevel } & Legacy) {
  const t = await getTranslations();
  return <Badge tone={level === 'full' ? 'success' : 'warning'}>{t(`support.level.${level}`)}</Badge>;
}
