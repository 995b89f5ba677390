'use client';

import { useId } from 'react';
import { useFieldErrors } from '@/app/_components/ui/form-context';
import styles from './checkbox-group.module.css';

/** One choice of a few, under one legend (accept or reject); wired like the kit's fields. */
export function RadioGroup({ name, label, options }: { name: string; label: React.ReactNode; options: readonly { value: string; label: string }[] }) {
  const id = useId();
  const errors = useFieldErrors(name);
  const error = errors?.length ? errors.join(' ') : undefined;
  return (
    <fieldset className={styles.group} aria-describedby={error ? `${id}-error` : undefined} aria-invalid={error ? true : undefined} data-invalid={error ? 'true' : undefined}>
      <legend className={styles.legend}>{label}</legend>
      <div className={styles.column}>
        {options.map((o) => (
          <label key={o.value} className={styles.option}>
            <input type="radio" name={name} value={o.value} />
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
