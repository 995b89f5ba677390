'use server';

import { action } from '@/lib/action';
import { announceChangeNotice } from '@/lib/change-notices/announce-change-notice';
import {
  confirmChangeNoticeSchema,
  createChangeNoticeSchema,
  updateChangeNoticeSchema,
} from '@/lib/change-notices/change-notice-input';
import { createChangeNotice } from '@/lib/change-notices/create-change-notice';
import { updateChangeNotice } from '@/lib/change-notices/update-change-notice';
import { withdrawChangeNotice } from '@/lib/change-notices/withdraw-change-notice';
import { wakeMailWorker } from '@/lib/mail/wake';

// Thin wrappers: lib/action.ts authorizes ('notices.manage': privacy staff only), validates and
// opens the ONE transaction in which the use case (and, for announce, the whole fan-out) runs.

export const createChangeNoticeAction = action(
  { permission: 'notices.manage', schema: createChangeNoticeSchema },
  async ({ actor, input, tx, meta }) => createChangeNotice(tx, { ...actor, ...meta }, input),
);

export const updateChangeNoticeAction = action(
  { permission: 'notices.manage', schema: updateChangeNoticeSchema },
  async ({ actor, input, tx, meta }) => updateChangeNotice(tx, { ...actor, ...meta }, input),
);

export const announceChangeNoticeAction = action(
  { permission: 'notices.manage', schema: confirmChangeNoticeSchema },
  async ({ actor, input, tx, meta }) => {
    const result = await announceChangeNotice(tx, { ...actor, ...meta }, input);
    // A nudge after commit, so the deliveries go out now rather than at the next poll.
    wakeMailWorker();
    return { notices: result.notices, deliveries: result.deliveries, webhookDeliveries: result.webhookDeliveries };
  },
);

export const withdrawChangeNoticeAction = action(
  { permission: 'notices.manage', schema: confirmChangeNoticeSchema },
  async ({ actor, input, tx, meta }) => withdrawChangeNotice(tx, { ...actor, ...meta }, input),
);
