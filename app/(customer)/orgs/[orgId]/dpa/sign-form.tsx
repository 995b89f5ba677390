'use client';

import { useEffect, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { FormFrame } from '@/app/_components/ui/action-form';
import { buttonClass } from '@/app/_components/ui/button';
import { Callout } from '@/app/_components/ui/callout';
import { ConfirmDialog } from '@/app/_components/ui/confirm-dialog';
import { CheckboxField, TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { useActionForm } from '@/app/_components/ui/use-action-form';
import { Facts } from '../_components/facts';
import { signDpaAction } from './actions';
import styles from './dpa.module.css';

const signSchema = () => import('@/lib/dpa/sign-dpa-schema').then((m) => m.signDpaSchema);

// The signing form. Signing is irreversible: the button checks the input (with the schema the
// server uses) and opens the kit's ConfirmDialog with a summary of what will be signed; only its
// confirm button sends. The declaration the signatory ticks is the consent text itself (its hash
// goes into the evidence), so the authority sentence is said once.

type Props = {
  orgId: string;
  templateVersionId: string;
  legalName: string;
  version: number;
  consentText: string;
  prefill: { fullName: string; position: string };
};

/** Signed: show the page's success state (banner, download, verify); ShowHeading scrolls to it. */
function Signed({ orgId, agreementId }: { orgId: string; agreementId: string }) {
  const t = useTranslations('dpa.sign');
  const router = useRouter();
  useEffect(() => {
    router.replace(`/orgs/${orgId}/dpa?signed=${agreementId}`, { scroll: false });
  }, [router, orgId, agreementId]);
  return (
    <Callout tone="success" role="status">
      {t('done')}
    </Callout>
  );
}

export function SignForm({ orgId, templateVersionId, legalName, version, consentText, prefill }: Props) {
  const t = useTranslations('dpa');
  const locale = useLocale();
  const form = useActionForm(signDpaAction, { schema: signSchema, confirm: true });
  const [fullName, setFullName] = useState(prefill.fullName);
  const [position, setPosition] = useState(prefill.position);

  if (form.data) return <Signed orgId={orgId} agreementId={form.data.agreementId} />;

  // Signed meanwhile (another tab, another signatory): not an error, the existing signature holds.
  const already = form.state && !form.state.ok && form.state.error === 'ALREADY_DONE' ? form.state.message : null;

  return (
    <>
      <FormFrame form={already ? { ...form, formError: null } : form}>
        {already ? (
          <Callout tone="info" role="status">
            <p>{already}</p>
            <a className={buttonClass({ variant: 'secondary' })} href={`/orgs/${orgId}/dpa#status`}>
              {t('sign.reload')}
            </a>
          </Callout>
        ) : null}
        <input type="hidden" name="orgId" value={orgId} />
        <input type="hidden" name="templateVersionId" value={templateVersionId} />
        <input type="hidden" name="locale" value={locale} />

        <div className={styles.consent}>
          <h3>{t('sign.consentHeading')}</h3>
          <CheckboxField name="confirmAuthority" label={<span lang={locale}>{consentText}</span>} />
        </div>
        <TextField
          name="fullName"
          label={t('sign.fullName')}
          hint={t('sign.fullNameHint')}
          autoComplete="name"
          maxLength={200}
          value={fullName}
          onChange={(event) => setFullName(event.target.value)}
        />
        <TextField
          name="position"
          label={t('sign.position')}
          hint={t('sign.positionHint')}
          autoComplete="organization-title"
          maxLength={200}
          value={position}
          onChange={(event) => setPosition(event.target.value)}
        />
        <div>
          <SubmitButton pendingLabel={t('sign.signing')}>{t('sign.submit')}</SubmitButton>
        </div>
      </FormFrame>
      <ConfirmDialog
        {...form.confirmation}
        title={t('sign.dialogTitle')}
        description={t('sign.dialogText')}
        confirmLabel={t('sign.confirm')}
        cancelLabel={t('sign.cancel')}
        details={
          <Facts
            stacked
            items={[
              { label: t('sign.summary.org'), value: legalName },
              { label: t('sign.summary.version'), value: `${t('pageTitle')}, ${t('versionValue', { version })}` },
              {
                label: t('sign.summary.signer'),
                value: (
                  <>
                    {fullName.trim()}
                    <span className="muted">, {position.trim()}</span>
                  </>
                ),
              },
            ]}
          />
        }
      />
    </>
  );
}
