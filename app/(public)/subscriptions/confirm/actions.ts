'use server';

import { publicAction } from '@/lib/core/action';
import { confirmNoticeContact } from '@/lib/subscriptions/confirm-notice-contact';
import { confirmNoticeContactSchema } from '@/lib/subscriptions/schemas';

/**
 * Public: the notice contact need not have an account. The 256-bit single-use token is the
 * credential; the button posts it, so a mail scanner following the link confirms nothing.
 */
export const confirmNoticeContactAction = publicAction({ schema: confirmNoticeContactSchema }, confirmNoticeContact);
