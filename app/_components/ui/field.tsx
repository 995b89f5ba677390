'use client';

import { useId } from 'react';
import styles from './field.module.css';
import { useFieldErrors } from './form-context';

// Label, hint and error wired to the control: the label names it, aria-describedby reads the error
// (first) and the hint, aria-invalid marks it. Inside an ActionForm a field finds its errors by
// name; explicit `errors` win. Errors carry no role="alert": the form moves focus to the first
// invalid field, which then reads its error once instead of every error at the same time.

type FieldText = {
  name: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  errors?: string | string[];
  /** The wrapper's class: place the field in a grid or a toolbar. */
  className?: string;
  /** The control's own class, for a page-specific look (the verify page's drop zone). */
  controlClassName?: string;
};

type ControlProps = {
  id: string;
  name: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  className: string | undefined;
};

function useFieldWiring(name: string, explicit: string | string[] | undefined, hasHint: boolean, givenId?: string, controlClassName?: string) {
  const generated = useId();
  const fromForm = useFieldErrors(name);
  const id = givenId ?? `${generated}-${name}`;
  const list = explicit === undefined ? fromForm : typeof explicit === 'string' ? [explicit] : explicit;
  const error = list && list.length > 0 ? list.join(' ') : undefined;
  const describedBy = [error ? `${id}-error` : null, hasHint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  const control: ControlProps = {
    id,
    name,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    className: controlClassName ? `${styles.control} ${controlClassName}` : styles.control,
  };
  return { id, error, control };
}

function HintAndError({ id, hint, error }: { id: string; hint?: React.ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      ) : null}
    </>
  );
}

/**
 * Any control: `<Field name="x" label="…">{(props) => <MyInput {...props} />}</Field>`. The text,
 * textarea, select and checkbox fields below are this with their control filled in.
 */
export function Field({ name, label, hint, errors, className, controlClassName, id: givenId, children }: FieldText & { id?: string; children: (control: ControlProps) => React.ReactNode }) {
  const { id, error, control } = useFieldWiring(name, errors, Boolean(hint), givenId, controlClassName);
  return (
    <div className={className ? `${styles.field} ${className}` : styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {children(control)}
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

type InputProps = FieldText & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name' | 'className'>;

/** text, email, search, url, tel, number, date, file. */
export function TextField({ name, label, hint, errors, className, controlClassName, id, ...input }: InputProps) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors} className={className} controlClassName={controlClassName} id={id}>
      {(control) => <input type="text" {...input} {...control} />}
    </Field>
  );
}

type TextAreaProps = FieldText & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'className'>;

export function TextAreaField({ name, label, hint, errors, className, controlClassName, id, rows = 4, ...textarea }: TextAreaProps) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors} className={className} controlClassName={controlClassName} id={id}>
      {(control) => <textarea rows={rows} {...textarea} {...control} />}
    </Field>
  );
}

type SelectProps = FieldText &
  Omit<React.SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'className'> & {
    options: readonly { value: string; label: string }[];
  };

export function SelectField({ name, label, hint, errors, className, controlClassName, id, options, ...select }: SelectProps) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors} className={className} controlClassName={controlClassName} id={id}>
      {(control) => (
        <select {...select} {...control}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type CheckboxProps = FieldText & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name' | 'className' | 'type'>;

/** A box with its label beside it: a confirmation ("I am authorised to …") or an on/off choice. */
export function CheckboxField({ name, label, hint, errors, className, controlClassName: _unused, id: givenId, ...input }: CheckboxProps) {
  const { id, error, control } = useFieldWiring(name, errors, Boolean(hint), givenId);
  return (
    <div className={[styles.check, className].filter(Boolean).join(' ')} data-invalid={error ? 'true' : undefined}>
      <input type="checkbox" {...input} {...control} className={undefined} />
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}
