import { z } from 'zod';
import { membershipRole, staffRole } from '@/db/schema';

// One schema per input, shared by the forms and the actions. Messages are dictionary keys.

const guid = z.guid({ error: 'validation.invalid' });

export const emailField = z
  .string({ error: 'validation.required' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'validation.required' })
  .max(254, { error: 'validation.tooLong' })
  .pipe(z.email({ error: 'validation.email' }));

const localeField = z.enum(['de', 'en'], { error: 'validation.invalid' });

/** A signatory invites a colleague into their organisation. */
export const inviteMemberSchema = z.object({
  orgId: guid,
  email: emailField,
  role: z.enum(membershipRole.enumValues, { error: 'validation.invalid' }),
  locale: localeField,
});
export type InviteMemberInput = z.output<typeof inviteMemberSchema>;

/** Checkbox values arrive as one string or several; an empty choice is a field message. */
export const staffRolesField = z.preprocess(
  (value) => (value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.enum(staffRole.enumValues, { error: 'validation.invalid' })).min(1, { error: 'people.staff.rolesRequired' }),
);

/** An admin invites a member of staff with one or more staff roles. */
export const inviteStaffSchema = z.object({ email: emailField, roles: staffRolesField, locale: localeField });
export type InviteStaffInput = z.output<typeof inviteStaffSchema>;

/** The invitation token: 32 random bytes, base64url. */
export const acceptInvitationSchema = z.object({
  token: z.string({ error: 'validation.required' }).regex(/^[A-Za-z0-9_-]{43}$/, { error: 'people.invitation.invalid' }),
});
export type AcceptInvitationInput = z.output<typeof acceptInvitationSchema>;
