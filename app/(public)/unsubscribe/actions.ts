'use server';

import { publicAction } from '@/lib/core/action';
import { unsubscribeNoticeContact, unsubscribeSchema } from '@/lib/account/unsubscribe-notice-contact';

/**
 * Public: a notice contact has no account. The signed, single-purpose token is the credential and
 * names one contact; the button posts it, so a mail scanner following the link removes nobody.
 */
export const unsubscribeAction = publicAction({ schema: unsubscribeSchema }, unsubscribeNoticeContact);
