// GET /api/v1/orgs/:orgId - an organisation's DPA status and support level, for its own users and staff.
import { jsonRoute } from '@/lib/api/json-route';
import { authorize } from '@/lib/auth/authorize';
import { AppError } from '@/lib/errors';
import { getOrgDashboard, getOrgDashboardInput } from '@/lib/orgs/get-org-dashboard';

type Context = { params: Promise<{ orgId: string }> };

export const GET = jsonRoute(async (_request: Request, { params }: Context) => {
  const parsed = getOrgDashboardInput.safeParse(await params);
  if (!parsed.success) throw new AppError('NOT_FOUND');
  const actor = await authorize('org.view', { orgId: parsed.data.orgId });
  const dashboard = await getOrgDashboard(actor, parsed.data.orgId);
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
