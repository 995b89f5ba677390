// GET /account/export - everything the portal holds about the signed-in person, as JSON (Art. 15, 20 GDPR)
import { currentSessionToken } from '@/lib/account/current-session';
import { exportAccountData } from '@/lib/account/export-account-data';
import { inTransaction } from '@/lib/core/context';
import { route, routeContext } from '@/lib/core/route';
import { contentDisposition } from '@/lib/dpa/agreement-file-name';

export const GET = route(async () => {
  // Authorized here: any signed-in user, and only about themselves (the use case takes the actor's id).
  const ctx = await routeContext('account.view');
  const token = await currentSessionToken();
  const file = await inTransaction(ctx, (tx) => exportAccountData(tx, { currentSessionToken: token }));
  return new Response(file.json, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': contentDisposition(file.fileName),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
