'use server';

import { action, AppError } from '@/lib/action';
import { isAppError } from '@/lib/errors';
import { getT } from '@/lib/i18n/server';
import { isMessageKey } from '@/lib/i18n/translate';
import { createTemplateDraft } from '@/lib/versions/create-template-draft';
import { createTomsDraft } from '@/lib/versions/create-toms-draft';
import { publishTemplateVersion } from '@/lib/versions/publish-template-version';
import { publishTomsVersion } from '@/lib/versions/publish-toms-version';
import { updateTemplateDraft } from '@/lib/versions/update-template-draft';
import { updateTomsDraft } from '@/lib/versions/update-toms-draft';
import {
  createDraftSchema,
  dpaDraftSchema,
  publishDpaSchema,
  publishTomsSchema,
  tomsDraftSchema,
} from '@/lib/versions/version-input';

// Thin wrappers: lib/action.ts authorizes ('versions.manage': privacy staff only), validates and
// opens the transaction; the use cases in lib/versions do the work and check the permission again.

/** The use cases name field problems by dictionary key; the form shows them in the user's language. */
async function withTranslatedFieldErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isAppError(error) || !error.fieldErrors) throw error;
    const { t } = await getT();
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, messages]) => [field, messages.map((m) => (isMessageKey(m) ? t(m) : m))]),
    );
    throw new AppError(error.code, error.message, fieldErrors);
  }
}

export const createDpaDraftAction = action(
  { permission: 'versions.manage', schema: createDraftSchema },
  async ({ actor, input, tx, meta }) => createTemplateDraft(tx, { ...actor, ...meta }, input),
);

export const updateDpaDraftAction = action(
  { permission: 'versions.manage', schema: dpaDraftSchema },
  async ({ actor, input, tx, meta }) => updateTemplateDraft(tx, { ...actor, ...meta }, input),
);

export const publishDpaAction = action(
  { permission: 'versions.manage', schema: publishDpaSchema },
  async ({ actor, input, tx, meta }) =>
    withTranslatedFieldErrors(() => publishTemplateVersion(tx, { ...actor, ...meta }, input)),
);

export const createTomsDraftAction = action(
  { permission: 'versions.manage', schema: createDraftSchema },
  async ({ actor, input, tx, meta }) => createTomsDraft(tx, { ...actor, ...meta }, input),
);

export const updateTomsDraftAction = action(
  { permission: 'versions.manage', schema: tomsDraftSchema },
  async ({ actor, input, tx, meta }) => updateTomsDraft(tx, { ...actor, ...meta }, input),
);

export const publishTomsAction = action(
  { permission: 'versions.manage', schema: publishTomsSchema },
  async ({ actor, input, tx, meta }) =>
    withTranslatedFieldErrors(() => publishTomsVersion(tx, { ...actor, ...meta }, input)),
);
