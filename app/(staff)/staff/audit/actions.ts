'use server';

import { z } from 'zod';
import { checkAuditChain } from '@/lib/audit/check-audit-chain';
import { action } from '@/lib/core/action';

/** Admins and privacy staff: walk the whole chain now and name the first broken link, if any. */
export const checkAuditChainAction = action({ permission: 'audit.view', schema: z.object({}) }, (ctx) => checkAuditChain(ctx));
