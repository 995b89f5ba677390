'use server';

import { action } from '@/lib/core/action';
import { createSubprocessor } from '@/lib/register/create-subprocessor';
import { createSubprocessorSchema, updateSubprocessorSchema } from '@/lib/register/subprocessor-input';
import { updateSubprocessor } from '@/lib/register/update-subprocessor';

// Thin wrappers: action() authorizes ('register.manage': privacy staff only), validates and opens
// the transaction; the use cases in lib/register do the work and check the permission again.

export const createSubprocessorAction = action({ permission: 'register.manage', schema: createSubprocessorSchema }, createSubprocessor);

export const updateSubprocessorAction = action({ permission: 'register.manage', schema: updateSubprocessorSchema }, updateSubprocessor);
