'use server';

import { announceChangeNotice } from '@/lib/change-notices/announce-change-notice';
import {
  confirmChangeNoticeSchema,
  createChangeNoticeSchema,
  updateChangeNoticeSchema,
} from '@/lib/change-notices/change-notice-input';
import { createChangeNotice } from '@/lib/change-notices/create-change-notice';
import { updateChangeNotice } from '@/lib/change-notices/update-change-notice';
import { withdrawChangeNotice } from '@/lib/change-notices/withdraw-change-notice';
import { action } from '@/lib/core/action';

// Thin wrappers: action() authorizes ('notices.manage': privacy staff only), validates and opens
// the ONE transaction in which the use case (and, for announce, the whole fan-out) runs; announcing
// wakes the mail worker after the commit (ctx.afterCommit in the use case).

const manage = { permission: 'notices.manage' as const };

export const createChangeNoticeAction = action({ ...manage, schema: createChangeNoticeSchema }, createChangeNotice);

export const updateChangeNoticeAction = action({ ...manage, schema: updateChangeNoticeSchema }, updateChangeNotice);

export const announceChangeNoticeAction = action({ ...manage, schema: confirmChangeNoticeSchema }, async (ctx, input) => {
  const { notices, deliveries, webhookDeliveries } = await announceChangeNotice(ctx, input);
  return { notices, deliveries, webhookDeliveries };
});

export const withdrawChangeNoticeAction = action({ ...manage, schema: confirmChangeNoticeSchema }, withdrawChangeNotice);
