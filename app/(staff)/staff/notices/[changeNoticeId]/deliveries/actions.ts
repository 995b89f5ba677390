'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { action } from '@/lib/action';
import { retryFailedDeliveries } from '@/lib/change-notices/retry-failed-deliveries';

const retrySchema = z.object({ changeNoticeId: z.guid({ error: 'validation.invalid' }) });

/** Privacy staff queue a change notice's failed deliveries again (audited). */
export const retryFailedDeliveriesAction = action(
  { permission: 'notices.manage', schema: retrySchema },
  async ({ actor, input, tx, meta }) => {
    const result = await retryFailedDeliveries(tx, actor, input, meta);
    revalidatePath(`/staff/notices/${input.changeNoticeId}/deliveries`);
    return result;
  },
);
