'use client';

import { useTranslations } from 'next-intl';
import { buttonClass, type ButtonVariant } from './button';
import { useFormPending } from './form-context';

type Props = {
  children: React.ReactNode;
  /** Said while the action runs; "Wird gesendet …" unless given. */
  pendingLabel?: React.ReactNode;
  variant?: ButtonVariant;
  block?: boolean;
  /** A second submit button in the same form tells the action which one was pressed. */
  name?: string;
  value?: string;
};

/**
 * The submit button of an ActionForm. While the action runs it says so and ignores clicks, but
 * stays focusable (aria-disabled, not disabled), so keyboard focus is not thrown to the page top.
 */
export function SubmitButton({ children, pendingLabel, variant = 'primary', block, name, value }: Props) {
  const t = useTranslations('ui.form');
  const pending = useFormPending();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={buttonClass({ variant, block })}
      aria-disabled={pending || undefined}
    >
      {pending ? (pendingLabel ?? t('pending')) : children}
    </button>
  );
}
