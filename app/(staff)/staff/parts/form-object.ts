/** FormData -> plain object; fields named in `lists` keep every value (a checkbox group posts one per box). */
export function formObject(form: FormData, lists: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (!lists.includes(key)) out[key] = value;
  }
  for (const key of lists) out[key] = form.getAll(key).map(String);
  return out;
}
