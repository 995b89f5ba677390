'use server';

import { publicAction } from '@/lib/core/action';
import { limitVerification, verifyDocument } from '@/lib/verify/verify-document';
import { verifyInputSchema } from '@/lib/verify/verify-schema';

/**
 * Public by design: whoever holds a PDF or its hash may ask whether we issued it. The per-IP
 * limit is counted in the same transaction as the lookup, so hashes cannot be enumerated; the
 * uploaded bytes are only hashed, never stored.
 */
export const verifyDocumentAction = publicAction({ schema: verifyInputSchema }, async (ctx, input) => {
  await limitVerification(ctx);
  return verifyDocument(ctx, input);
});
