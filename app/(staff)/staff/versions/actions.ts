'use server';

import { action } from '@/lib/action';
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
// opens the transaction and translates field errors; the use cases in lib/versions do the work and
// check the permission again.

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
  async ({ actor, input, tx, meta }) => publishTemplateVersion(tx, { ...actor, ...meta }, input),
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
  async ({ actor, input, tx, meta }) => publishTomsVersion(tx, { ...actor, ...meta }, input),
);
