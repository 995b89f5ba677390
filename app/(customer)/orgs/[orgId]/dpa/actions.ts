'use server';

import { action } from '@/lib/action';
import { signAgreement } from '@/lib/dpa/sign-agreement';
import { signDpaSchema } from './schema';

/**
 * Signs the organisation's DPA. authorize('dpa.sign') runs in the wrapper with the orgId from the
 * input (before validation errors are reported); signAgreement() checks the signatory role again in
 * its query and serialises concurrent signatures. A repeat is answered ALREADY_DONE, which the form
 * shows as "already signed", never as an error page.
 */
export const signDpaAction = action(
  { permission: 'dpa.sign', schema: signDpaSchema, orgId: (input) => input.orgId },
  async ({ actor, input, tx, meta }) => {
    const signed = await signAgreement(tx, actor, input, meta);
    return { agreementId: signed.agreementId, version: signed.version, pdfSha256: signed.pdfSha256 };
  },
);
