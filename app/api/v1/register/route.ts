// GET /api/v1/register - today's subprocessor register (scope register:read)
import { apiRoute } from '@/lib/api/api-route';
import { registerAsOf } from '@/lib/register/get-register';

export const GET = apiRoute({ permission: 'register.api', readOnly: true }, async (ctx) => {
  const day = ctx.now.toISOString().slice(0, 10);
  const entries = await registerAsOf(ctx, { day });
  return {
    day,
    subprocessors: entries.map((e) => ({
      id: e.id,
      legalName: e.legalName,
      country: e.country,
      safeguard: e.safeguard,
      services: e.services.map((s) => s.code),
    })),
  };
});
