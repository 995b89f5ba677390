'use server';

import { z } from 'zod';
import { action } from '@/lib/core/action';
import { applyImportSchema, importCsv, previewImport, previewImportSchema } from '@/lib/import/import-csv';

// One form, two steps: 'preview' reads and checks the file and writes nothing; 'apply' imports the
// file that was previewed (its SHA-256 travels with it) after the ConfirmDialog. Admins only.
const importStepSchema = z.discriminatedUnion('intent', [
  previewImportSchema.extend({ intent: z.literal('preview') }),
  applyImportSchema.extend({ intent: z.literal('apply') }),
]);

export const importCsvAction = action({ permission: 'admin.import', schema: importStepSchema }, (ctx, input) =>
  input.intent === 'apply' ? importCsv(ctx, { file: input.file, previewed: input.previewed }) : previewImport(ctx, { file: input.file }),
);
