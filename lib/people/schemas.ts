import { z } from 'zod';
import { membershipRole, staffRole } from '@/db/schema';

const guid = z.guid({ error: 'validation.invalid' });
/** users.id is text holding a UUID (Auth.js's column); validated as one before any SQL. */
const userId = z.guid({ error: 'validation.invalid' });

export const changeMemberRoleSchema = z.object({
  orgId: guid,
  userId,
  role: z.enum(membershipRole.enumValues, { error: 'validation.invalid' }),
});
export type ChangeMemberRoleInput = z.output<typeof changeMemberRoleSchema>;

export const removeMemberSchema = z.object({ orgId: guid, userId });
export type RemoveMemberInput = z.output<typeof removeMemberSchema>;

export const setStaffRolesSchema = z.object({
  userId,
  // No role at all is allowed here: it takes a person off the staff.
  roles: z.preprocess(
    (value) => (value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(staffRole.enumValues, { error: 'validation.invalid' })),
  ),
});
export type SetStaffRolesInput = z.output<typeof setStaffRolesSchema>;

export const setUserDisabledSchema = z.object({ userId, disabled: z.enum(['true', 'false']).transform((v) => v === 'true') });
export type SetUserDisabledInput = z.output<typeof setUserDisabledSchema>;

export const listUsersSchema = z.object({
  q: z.string().trim().max(254).optional().catch(undefined),
  after: z.string().max(254).optional().catch(undefined),
});
export type ListUsersInput = z.output<typeof listUsersSchema>;
