'use server';

import { revalidatePath } from 'next/cache';
import { addContract } from '@/lib/contracts/add-contract';
import { addContractSchema, updateContractSchema } from '@/lib/contracts/contract-input';
import { updateContract } from '@/lib/contracts/update-contract';
import { action } from '@/lib/core/action';
import { inviteOrgPerson } from '@/lib/invitations/invite-member';
import { inviteMemberSchema } from '@/lib/invitations/schemas';
import { archiveOrganisation } from '@/lib/orgs/archive-organisation';
import { createOrganisation } from '@/lib/orgs/create-organisation';
import { archiveOrganisationSchema, createOrganisationSchema, updateOrganisationSchema } from '@/lib/orgs/organisation-input';
import { updateOrganisation } from '@/lib/orgs/update-organisation';

// Thin wrappers: action() authorizes ('admin.orgs.manage': admins only), validates and opens the
// transaction; the use cases check the permission again and write the audit events.

export const createOrganisationAction = action({ permission: 'admin.orgs.manage', schema: createOrganisationSchema }, createOrganisation);

export const updateOrganisationAction = action({ permission: 'admin.orgs.manage', schema: updateOrganisationSchema }, async (ctx, input) => {
  const result = await updateOrganisation(ctx, input);
  ctx.afterCommit(() => revalidatePath(`/staff/admin/orgs/${input.orgId}`));
  return result;
});

export const archiveOrganisationAction = action({ permission: 'admin.orgs.manage', schema: archiveOrganisationSchema }, archiveOrganisation);

export const addContractAction = action({ permission: 'admin.orgs.manage', schema: addContractSchema }, async (ctx, input) => {
  const result = await addContract(ctx, input);
  ctx.afterCommit(() => revalidatePath(`/staff/admin/orgs/${input.orgId}`));
  return result;
});

export const updateContractAction = action({ permission: 'admin.orgs.manage', schema: updateContractSchema }, async (ctx, input) => {
  const result = await updateContract(ctx, input);
  ctx.afterCommit(() => revalidatePath(`/staff/admin/orgs/${input.orgId}`));
  return result;
});

// f11c: onboarding - the admin invites the organisation's first signatory (no one there could yet).
export const inviteOrgPersonAction = action({ permission: 'admin.orgs.manage', schema: inviteMemberSchema }, inviteOrgPerson);
