// GET /api/v1/support/lookup?phone=…|customerNumber=…|email=… - the caller's organisation, support level, allowed actions and agreement (scope support:read)
import { apiRoute } from '@/lib/api/api-route';
import { lookupQuery } from '@/lib/api/schemas';
import { lookupCustomer } from '@/lib/support/lookup-customer';

export const GET = apiRoute({ permission: 'support.search', query: lookupQuery, oneStatement: true }, async (ctx, { query }) => ({
  results: await lookupCustomer(ctx, query),
}));
