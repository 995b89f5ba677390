'use server';

import { action } from '@/lib/core/action';
import { createDraft } from '@/lib/versions/create-draft';
import { publishVersion } from '@/lib/versions/publish-version';
import { updateDraft } from '@/lib/versions/update-draft';
import { createDraftSchema, draftSchema, publishSchema } from '@/lib/versions/version-input';

// Thin wrappers, one per use case for both kinds (the input names its kind): lib/core/action.ts
// authorizes ('versions.manage': privacy staff only), parses, opens the transaction and translates
// field errors; the use cases in lib/versions check the permission again and do the work.

export const createDraftAction = action({ permission: 'versions.manage', schema: createDraftSchema }, createDraft);

export const updateDraftAction = action({ permission: 'versions.manage', schema: draftSchema }, updateDraft);

export const publishVersionAction = action({ permission: 'versions.manage', schema: publishSchema }, publishVersion);
