'use server';

import { revalidatePath } from 'next/cache';
import { retryFailedDeliveriesSchema } from '@/lib/change-notices/change-notice-input';
import { retryFailedDeliveries } from '@/lib/change-notices/retry-failed-deliveries';
import { action } from '@/lib/core/action';

/** Privacy staff queue a change notice's failed deliveries again (audited); the list refreshes after the commit. */
export const retryFailedDeliveriesAction = action(
  { permission: 'notices.manage', schema: retryFailedDeliveriesSchema },
  async (ctx, input) => {
    const result = await retryFailedDeliveries(ctx, input);
    ctx.afterCommit(() => revalidatePath(`/staff/change-notices/${input.changeNoticeId}/deliveries`));
    return result;
  },
);
