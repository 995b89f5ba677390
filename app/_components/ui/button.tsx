import styles from './button.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

type Look = { variant?: ButtonVariant; size?: 'normal' | 'small'; block?: boolean };

/** The button look for elements that are not buttons: `<Link className={buttonClass()}>`. */
export function buttonClass({ variant = 'primary', size = 'normal', block = false }: Look = {}, extra?: string) {
  return [styles.button, styles[variant], size === 'small' && styles.small, block && styles.block, extra]
    .filter(Boolean)
    .join(' ');
}

type ButtonProps = Look & React.ButtonHTMLAttributes<HTMLButtonElement>;

/**
 * One primary action per view; secondary for the alternatives; ghost for quiet tools; danger only
 * inside a ConfirmDialog's confirm step. `type` defaults to "button": a submit is said out loud.
 */
export function Button({ variant, size, block, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonClass({ variant, size, block }, className)} {...props} />;
}

/** Buttons side by side, wrapping on phones; `end` puts them on the right. */
export function ButtonRow({ end = false, children }: { end?: boolean; children: React.ReactNode }) {
  return <div className={end ? `${styles.row} ${styles.end}` : styles.row}>{children}</div>;
}
