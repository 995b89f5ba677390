'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/app/_components/ui/button';
import { FormFrame } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { useActionForm } from '@/app/_components/ui/use-action-form';
import { requestSignInLinkAction } from './actions';
import styles from './sign-in.module.css';

/** The address, then "check your inbox"; "use another address" brings the form back. */
export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('auth.signIn');
  // No browser-side schema check: one field, and zod would add about 30 kB to the page.
  const form = useActionForm(requestSignInLinkAction);
  const [dismissed, setDismissed] = useState<typeof form.state>(null);

  if (form.data && dismissed !== form.state) {
    return (
      <div className={styles.sent} role="status">
        <Callout tone="success">
          <h2>{t('sentTitle')}</h2>
          <p>{t('sent', { email: form.data.email })}</p>
          <Button variant="secondary" onClick={() => setDismissed(form.state)}>
            {t('again')}
          </Button>
        </Callout>
      </div>
    );
  }

  return (
    <FormFrame form={form}>
      <TextField
        name="email"
        type="email"
        label={t('email')}
        hint={t('emailHint')}
        autoComplete="email"
        inputMode="email"
        required
        maxLength={254}
      />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <div>
        <SubmitButton pendingLabel={t('sending')}>{t('submit')}</SubmitButton>
      </div>
    </FormFrame>
  );
}
