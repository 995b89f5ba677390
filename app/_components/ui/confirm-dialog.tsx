'use client';

import { useEffect, useId, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from './button';
import styles from './confirm-dialog.module.css';

export type ConfirmText = {
  title: React.ReactNode;
  /** What happens and that it cannot be undone; read out with the title. */
  description: React.ReactNode;
  /** Names the action ("Jetzt unterzeichnen"), never just "OK". */
  confirmLabel: React.ReactNode;
  cancelLabel?: React.ReactNode;
  /** 'danger' for destroying or refusing (withdraw, reject); 'primary' for committing (sign, announce). */
  tone?: 'primary' | 'danger';
  /** More to read before confirming: a summary of what will be sent. */
  details?: React.ReactNode;
};

type Props = ConfirmText & { open: boolean; onConfirm: () => void; onCancel: () => void };

/**
 * The one confirmation before an irreversible step: a native modal <dialog>. Opening moves focus
 * into it (to Cancel, the harmless choice), Escape and Cancel close it, closing returns focus to
 * where it was. Title and description name and describe it for screen readers.
 * ActionForm's `confirm` uses it; use it directly only for a step that is not a form.
 */
export function ConfirmDialog({ open, onConfirm, onCancel, title, description, confirmLabel, cancelLabel, tone = 'primary', details }: Props) {
  const t = useTranslations('ui.dialog');
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const confirmed = useRef(false);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      confirmed.current = false;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // 'close' fires for Escape, Cancel and Confirm alike; only a close without Confirm cancels.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onClose = () => {
      returnFocus.current?.focus();
      if (!confirmed.current) onCancel();
    };
    dialog.addEventListener('close', onClose);
    return () => dialog.removeEventListener('close', onClose);
  }, [onCancel]);

  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby={titleId} aria-describedby={descriptionId}>
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      <div id={descriptionId} className={styles.description}>
        {description}
      </div>
      {details ? <div className={styles.content}>{details}</div> : null}
      <div className={styles.actions}>
        <Button variant="secondary" autoFocus onClick={() => ref.current?.close()}>
          {cancelLabel ?? t('cancel')}
        </Button>
        <Button
          variant={tone}
          onClick={() => {
            confirmed.current = true;
            ref.current?.close();
            onConfirm();
          }}
        >
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
