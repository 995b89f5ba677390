// Labelled form controls for the register and change-notice forms: each wires its hint and errors
// to the control (aria-describedby, aria-invalid, role=alert), so screen readers hear them.

type Common = { name: string; label: string; hint?: string; errors?: string[] };

function describedBy({ name, hint, errors }: Common) {
  return [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;
}

function Messages({ name, hint, errors }: Common) {
  return (
    <>
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
    </>
  );
}

export function TextField(
  props: Common & { defaultValue?: string; rows?: number; type?: 'text' | 'date' | 'url'; maxLength?: number; lang?: string; required?: boolean },
) {
  const { name, label, defaultValue, rows, type = 'text', maxLength, lang, required } = props;
  const control = {
    id: name,
    name,
    defaultValue: defaultValue ?? '',
    maxLength,
    lang,
    required,
    'aria-invalid': props.errors?.length ? true : undefined,
    'aria-describedby': describedBy(props),
  };
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {rows ? <textarea {...control} rows={rows} /> : <input {...control} type={type} />}
      <Messages {...props} />
    </div>
  );
}

export function SelectField(
  props: Common & { defaultValue?: string; options: { value: string; label: string }[]; placeholder?: string },
) {
  const { name, label, defaultValue, options, placeholder } = props;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select
        id={name}
        name={name}
        defaultValue={defaultValue ?? ''}
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={describedBy(props)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages {...props} />
    </div>
  );
}

export function CheckboxGroup(props: Common & { options: { value: string; label: string }[]; checked: string[] }) {
  const { name, label, options, checked } = props;
  return (
    <fieldset className="field checkbox-group" aria-describedby={describedBy(props)} aria-invalid={props.errors?.length ? true : undefined}>
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value} className="check-row">
          <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} /> {o.label}
        </label>
      ))}
      <Messages {...props} />
    </fieldset>
  );
}

export function Checkbox(props: Common & { defaultChecked?: boolean }) {
  const { name, label, defaultChecked } = props;
  return (
    <div className="field">
      <label className="check-row">
        <input
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          aria-invalid={props.errors?.length ? true : undefined}
          aria-describedby={describedBy(props)}
        />{' '}
        {label}
      </label>
      <Messages {...props} />
    </div>
  );
}

/** FormData -> plain object; fields named in `lists` keep every value (checkbox groups). */
export function formObject(form: FormData, lists: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (!lists.includes(key)) out[key] = value;
  }
  for (const key of lists) out[key] = form.getAll(key).map(String);
  return out;
}
