'use server';

import { action } from '@/lib/core/action';
import { endRemoteSession } from '@/lib/support/end-remote-session';
import { endRemoteSessionInput, sendDpaInvitationInput, startRemoteSessionInput } from '@/lib/support/remote-session-input';
import { sendDpaInvitation } from '@/lib/support/send-dpa-invitation';
import { startRemoteSession } from '@/lib/support/start-remote-session';

// The support desk's actions on one customer; each use case checks its permission again and audits.

/** Start remote support (or another DPA-bound action): granted and recorded, or refused and recorded. */
export const startRemoteSessionAction = action(
  { permission: 'support.sessions.manage', schema: startRemoteSessionInput, orgId: (input) => input.orgId },
  startRemoteSession,
);

export const endRemoteSessionAction = action(
  { permission: 'support.sessions.manage', schema: endRemoteSessionInput, orgId: (input) => input.orgId },
  endRemoteSession,
);

/** The DPA invitation to the customer's signatories, at most once a day per organisation. */
export const sendDpaInvitationAction = action(
  { permission: 'support.invite', schema: sendDpaInvitationInput, orgId: (input) => input.orgId },
  sendDpaInvitation,
);
