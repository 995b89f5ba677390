'use client';

import { Callout } from './callout';
import { ConfirmDialog, type ConfirmText } from './confirm-dialog';
import { FormContext } from './form-context';
import styles from './action-form.module.css';
import { useActionForm, type SchemaOrLoader, type ServerAction } from './use-action-form';

type FrameProps = {
  /** What useActionForm returned. */
  form: Pick<ReturnType<typeof useActionForm>, 'context' | 'formProps' | 'formError'>;
  name?: string;
  className?: string;
  'aria-labelledby'?: string;
  /** Before the form-level error (a heading). */
  heading?: React.ReactNode;
  /** Runs before the submit handler (the verify page notes which of its forms was used). */
  onSubmitCapture?: () => void;
  children: React.ReactNode;
};

/**
 * The <form> of a useActionForm: its fields find their errors by name, SubmitButton knows the
 * pending state, a form-level error shows above the fields. For pages that need the hook's state
 * themselves (a success panel that can be dismissed, one answer area for two forms).
 */
export function FormFrame({ form, name, className, heading, onSubmitCapture, children, ...aria }: FrameProps) {
  return (
    <FormContext value={form.context}>
      <form {...form.formProps} name={name} onSubmitCapture={onSubmitCapture} className={className ? `${styles.form} ${className}` : styles.form} {...aria}>
        {heading}
        {form.formError ? (
          <Callout tone="danger" role="alert">
            {form.formError}
          </Callout>
        ) : null}
        {children}
      </form>
    </FormContext>
  );
}

type Props<T> = {
  action: ServerAction<T>;
  /** The action's zod schema, or a loader of it: checked in the browser before anything is sent. */
  schema?: SchemaOrLoader;
  /** Irreversible? Then ask first: the ConfirmDialog opens after the browser check passes. */
  confirm?: ConfirmText;
  /** Shown instead of the form after success (a confirmation, the next step). */
  success?: (data: T) => React.ReactNode;
  className?: string;
  'aria-labelledby'?: string;
  children: React.ReactNode;
};

/** A form for one server action, the usual case. See app/_components/ui/README.md. */
export function ActionForm<T>({ action, schema, confirm, success, className, children, ...aria }: Props<T>) {
  const form = useActionForm(action, { schema, confirm: Boolean(confirm) });
  if (success && form.data !== null) return <>{success(form.data as T)}</>;
  return (
    <>
      <FormFrame form={form} className={className} {...aria}>
        {children}
      </FormFrame>
      {confirm ? <ConfirmDialog {...confirm} {...form.confirmation} /> : null}
    </>
  );
}
