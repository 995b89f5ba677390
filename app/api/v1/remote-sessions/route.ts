// POST /api/v1/remote-sessions - the ticket system starts a remote-support session; refused (409 DPA_REQUIRED, recorded and audited) without a DPA (scope support:read)
import { apiError, apiRoute } from '@/lib/api/api-route';
import { remoteSessionBody } from '@/lib/api/schemas';
import { startRemoteSession } from '@/lib/support/start-remote-session';

export const POST = apiRoute({ permission: 'support.sessions.manage', body: remoteSessionBody }, async (ctx, { body }) => {
  const result = await startRemoteSession(ctx, body);
  // The refusal is returned, not thrown, so its record and audit event commit with this request.
  if (result.outcome === 'refused') {
    return apiError(409, 'DPA_REQUIRED', 'Without a DPA covering a booked service only advice is allowed.', { reason: result.reason });
  }
  return { sessionId: result.sessionId, reference: result.reference, startedAt: result.startedAt.toISOString() };
});
