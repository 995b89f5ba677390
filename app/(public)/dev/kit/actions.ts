'use server';

import { publicAction } from '@/lib/core/action';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { kitExampleSchema } from './schema';

/**
 * The kit page's example action: checks its input and answers, changes nothing (so it writes no
 * audit event). Like the page, it exists only on the embedded demo database.
 */
export const kitExampleAction = publicAction({ schema: kitExampleSchema }, async (_ctx, input) => {
  if (!env().embedded) throw new AppError('NOT_FOUND');
  return { name: input.name };
});
