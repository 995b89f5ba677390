import type { z } from 'zod';

// Schemas name their problems by message key ('validation.tooLong', 'verify.file.notPdf'); these
// helpers turn zod issues into field errors in the reader's language. Pure, so the browser (the
// kit's useActionForm) and the server can share them.

/** The values a key may mention: {max} and {min} from the issue. */
export function issueVars(issue: z.core.$ZodIssue): Record<string, number> {
  if ('maximum' in issue && typeof issue.maximum !== 'bigint') return { max: Number(issue.maximum) };
  if ('minimum' in issue && typeof issue.minimum !== 'bigint') return { min: Number(issue.minimum) };
  return {};
}

/**
 * Every issue under its field ('contact.email'; '_' for the form as a whole), translated by
 * `translate(key, vars)`; a message that is no key becomes the generic 'validation.invalid'.
 */
export function fieldErrorsFrom(
  issues: readonly z.core.$ZodIssue[],
  translate: (key: string, vars: Record<string, number>) => string | null,
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const field = issue.path.join('.') || '_';
    const text = translate(issue.message, issueVars(issue)) ?? translate('validation.invalid', {}) ?? issue.message;
    (errors[field] ??= []).push(text);
  }
  return errors;
}
