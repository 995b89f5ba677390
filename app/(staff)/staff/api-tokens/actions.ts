'use server';

import { action } from '@/lib/core/action';
import { createApiToken, createApiTokenInput, revokeApiToken, revokeApiTokenInput } from '@/lib/api/api-tokens';

/** Admins create a scoped API token; the secret is in this one answer and never again. */
export const createApiTokenAction = action({ permission: 'api.tokens.manage', schema: createApiTokenInput }, createApiToken);

export const revokeApiTokenAction = action({ permission: 'api.tokens.manage', schema: revokeApiTokenInput }, revokeApiToken);
