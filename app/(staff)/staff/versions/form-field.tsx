// One labelled field with its hint and errors, wired for screen readers (aria-describedby,
// aria-invalid, role=alert); shared by the DPA and TOMs draft editors.
export function FormField({
  name,
  label,
  hint,
  errors,
  defaultValue,
  rows,
  lang,
  disabled,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultValue: string;
  /** A textarea with this many rows; otherwise a one-line input. */
  rows?: number;
  lang?: string;
  disabled?: boolean;
}) {
  const describedBy = [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean).join(' ');
  const common = {
    id: name,
    name,
    defaultValue,
    lang,
    disabled,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {rows ? <textarea {...common} rows={rows} spellCheck /> : <input {...common} type="text" />}
      {hint ? (
        <p id={`${name}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-error`} className="field-error" role="alert">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
