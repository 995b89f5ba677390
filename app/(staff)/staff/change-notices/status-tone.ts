import type { Tone } from '@/app/_components/ui/badge';
import type { ChangeNoticeStatus } from '@/lib/change-notices/list-change-notices';

export const changeNoticeTone: Record<ChangeNoticeStatus, Tone> = {
  draft: 'neutral',
  announced: 'info',
  effective: 'success',
  withdrawn: 'warning',
};
