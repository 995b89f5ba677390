'use client';

import { useId } from 'react';
import { useFieldErrors } from '@/app/_components/ui/form-context';
import styles from './checkbox-group.module.css';

/**
 * Several boxes under one legend (the services a change concerns). The kit's fields hold one
 * control each; this is the group, wired the same way: the error is read with the group.
 */
export function CheckboxGroup({
  name,
  label,
  options,
  checked,
}: {
  name: string;
  label: React.ReactNode;
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
}) {
  const id = useId();
  const errors = useFieldErrors(name);
  const error = errors?.length ? errors.join(' ') : undefined;
  return (
    <fieldset
      className={styles.group}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
      data-invalid={error ? 'true' : undefined}
    >
      <legend className={styles.legend}>{label}</legend>
      <div className={styles.options}>
        {options.map((o) => (
          <label key={o.value} className={styles.option}>
            <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
