// GET /api/v1/calls/identify?number=…&callId=… - the phone system's caller identification; writes a call-list entry with an HMAC of the number, never the number (scope calls:identify)
import { apiRoute } from '@/lib/api/api-route';
import { identifyCaller, identifyQuery } from '@/lib/calls/identify-caller';

export const GET = apiRoute({ permission: 'calls.identify', query: identifyQuery, oneStatement: true }, (ctx, { query }) => identifyCaller(ctx, query));
