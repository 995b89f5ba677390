'use server';

import { action } from '@/lib/core/action';
import { signAgreement } from '@/lib/dpa/sign-agreement';
import { signDpaSchema } from '@/lib/dpa/sign-dpa-schema';

/**
 * Signs the organisation's DPA. The wrapper authorizes 'dpa.sign' with the orgId from the input
 * (before validation errors are reported); signAgreement() checks the signatory role again in its
 * query and serialises concurrent signatures. A repeat is answered ALREADY_DONE, which the form
 * shows as "already signed", never as an error page.
 */
export const signDpaAction = action({ permission: 'dpa.sign', schema: signDpaSchema, orgId: (input) => input.orgId }, async (ctx, input) => {
  const signed = await signAgreement(ctx, input);
  return { agreementId: signed.agreementId, version: signed.version, pdfSha256: signed.pdfSha256 };
});
