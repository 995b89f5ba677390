import { z } from 'zod';
import { sessionActions, type SessionAction } from './session-actions';

export { sessionActions, type SessionAction };

const text = (min: number, max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(min, { error: min <= 1 ? 'validation.required' : 'supportDesk.session.tooShort' })
    .max(max, { error: 'validation.tooLong' });

/** One schema for the form (browser hints), the server action and the API's POST /api/v1/remote-sessions. */
export const startRemoteSessionInput = z.object({
  orgId: z.guid({ error: 'validation.invalid' }),
  ticketReference: text(1, 64),
  reason: text(3, 500),
  tool: text(1, 60).default('TeamViewer'),
  action: z.enum(sessionActions, { error: 'validation.invalid' }).default('remote_support'),
});
export type StartRemoteSessionInput = z.output<typeof startRemoteSessionInput>;

export const endRemoteSessionInput = z.object({
  orgId: z.guid({ error: 'validation.invalid' }),
  sessionId: z.guid({ error: 'validation.invalid' }),
});

export const sendDpaInvitationInput = z.object({ orgId: z.guid({ error: 'validation.invalid' }) });

/** The short reference shown to the agent and the customer: the first block of the session id. */
export const sessionReference = (id: string) => `RS-${id.slice(0, 8).toUpperCase()}`;
