import { z } from 'zod';
import { pdfFileSchema, sha256Schema } from '@/lib/verify/verify-schema';

// Each form checks its own field in the browser first, with the server's schemas, so a 50 MB video
// or a .txt gets its message at once instead of travelling to the server (which checks again).
// An empty file input arrives as a nameless, empty File: that is "no file chosen". Loaded with the
// first submit (verify-form.tsx), so zod is not in the page's first-load JavaScript.
export const fileFormSchema = z.object({
  file: z.preprocess((value) => (value instanceof File && value.size === 0 && !value.name ? undefined : value), pdfFileSchema),
});
export const hashFormSchema = z.object({ sha256: sha256Schema });
