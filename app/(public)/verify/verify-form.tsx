'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { FormFrame } from '@/app/_components/ui/action-form';
import { TextField } from '@/app/_components/ui/field';
import { useActionForm } from '@/app/_components/ui/use-action-form';
import { verifyDocumentAction } from './actions';
import { VerificationResultView } from './verification-result';
import styles from './verify.module.css';

type Props = {
  providerName: string;
  supportEmail: string | null;
  timeZone: string;
  initialSha256: string;
};

const schemas = () => import('./verify-form-schemas');
const fileFormSchema = () => schemas().then((m) => m.fileFormSchema);
const hashFormSchema = () => schemas().then((m) => m.hashFormSchema);

/** Two ways to ask (a file or its hash), one answer below them, which takes focus when it comes. */
export function VerifyForm({ providerName, supportEmail, timeZone, initialSha256 }: Props) {
  const t = useTranslations('verify');
  const file = useActionForm(verifyDocumentAction, { schema: fileFormSchema });
  const hash = useActionForm(verifyDocumentAction, { schema: hashFormSchema });
  const resultRef = useRef<HTMLDivElement>(null);
  // The form submitted last decides what the result area shows (before hydration: whichever answered).
  const [active, setActive] = useState<'file' | 'hash' | null>(null);
  const current = active === 'hash' || (active === null && hash.state) ? hash : file;
  const result = current.data;
  const checked = current === file ? 'file' : 'sha256';

  // A new answer: move focus to it, so keyboard and screen-reader users land where the news is.
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  return (
    <div className={styles.forms}>
      <FormFrame form={file} name="file" onSubmitCapture={() => setActive('file')} aria-labelledby="verify-upload-title" heading={<h2 id="verify-upload-title">{t('upload.title')}</h2>}>
        <TextField id="verify-file" name="file" type="file" accept="application/pdf,.pdf" label={t('upload.label')} hint={t('upload.hint')} controlClassName={styles.dropzone} />
        <div>
          <SubmitButton pendingLabel={t('checking')}>{t('upload.submit')}</SubmitButton>
        </div>
      </FormFrame>

      <p className={styles.divider} aria-hidden="true" />

      <FormFrame form={hash} name="hash" onSubmitCapture={() => setActive('hash')} aria-labelledby="verify-hash-title" heading={<h2 id="verify-hash-title">{t('hash.title')}</h2>}>
        <TextField
          id="verify-sha256"
          name="sha256"
          label={t('hash.label')}
          hint={t('hash.hint')}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={200}
          defaultValue={initialSha256}
          controlClassName={styles.hash}
        />
        <div>
          <SubmitButton variant="secondary" pendingLabel={t('checking')}>
            {t('hash.submit')}
          </SubmitButton>
        </div>
      </FormFrame>

      <div ref={resultRef} tabIndex={-1} className={styles.result} role="status" aria-live="polite" aria-label={t('result.label')}>
        {result ? (
          <VerificationResultView result={result} checked={checked} providerName={providerName} supportEmail={supportEmail} timeZone={timeZone} />
        ) : null}
      </div>
    </div>
  );
}
