'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/core/action';
import { updateSettingsSchema } from '@/lib/settings-admin/settings-input';
import { updateSettings } from '@/lib/settings-admin/update-settings';

// Admins only. The provider's data shows in every page's footer: revalidate after the commit.
export const updateSettingsAction = action({ permission: 'admin.settings.manage', schema: updateSettingsSchema }, async (ctx, input) => {
  const result = await updateSettings(ctx, input);
  ctx.afterCommit(() => revalidatePath('/', 'layout'));
  return result;
});
