'use server';

import { publicAction } from '@/lib/core/action';
import { acceptInvitation } from '@/lib/invitations/accept-invitation';
import { acceptInvitationSchema } from '@/lib/invitations/schemas';

/**
 * Public: the invited person has no account yet, or is not signed in. The 256-bit single-use token
 * from the mail is the credential; the button posts it, so a scanner opening the link accepts nothing.
 */
export const acceptInvitationAction = publicAction({ schema: acceptInvitationSchema }, acceptInvitation);
