// GET /api/v1/orgs/:orgId - an organisation's DPA status and support level, for its own users and staff.
import { route, routeContext } from '@/lib/core/route';
import { AppError } from '@/lib/errors';
import { getOrgDashboard } from '@/lib/orgs/get-org-dashboard';

type Context = { params: Promise<{ orgId: string }> };

export const GET = route(async (_request: Request, { params }: Context) => {
  const { orgId } = await params;
  // Authorized here, for this organisation: a malformed id or a stranger's gets 404, a missing role 403.
  const ctx = await routeContext('org.view', { orgId });
  const dashboard = await getOrgDashboard(ctx, { orgId });
  if (!dashboard) throw new AppError('NOT_FOUND');
  const { org, status, agreement, support, contracts } = dashboard;
  return {
    organisation: { id: org.id, customerNumber: org.customerNumber, legalName: org.legalName },
    dpaStatus: status,
    agreement: agreement && { id: agreement.id, version: agreement.version, signedAt: agreement.signedAt },
    supportLevel: support.level,
    supportActions: support.actions,
    services: contracts.map((c) => ({ code: c.serviceCode, processesPersonalData: c.processesPersonalData })),
  };
});
