'use client';

import { useTranslations } from 'next-intl';
import { FormFrame } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { SelectField, TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { useActionForm } from '@/app/_components/ui/use-action-form';
import { addContractAction, updateContractAction } from './actions';
import styles from './orgs.module.css';

export function AddContractForm({ orgId, services }: { orgId: string; services: { value: string; label: string }[] }) {
  const t = useTranslations('adminOrgs.contracts');
  const form = useActionForm<{ id: string }>(addContractAction);
  return (
    <FormFrame form={form} aria-labelledby="add-contract">
      <h3 id="add-contract">{t('addTitle')}</h3>
      {form.data ? (
        <Callout tone="success" role="status">
          {t('added')}
        </Callout>
      ) : null}
      <input type="hidden" name="orgId" value={orgId} />
      <div className={styles.grid}>
        <SelectField name="serviceId" label={t('service')} options={services} />
        <TextField name="reference" label={t('reference')} maxLength={80} required autoComplete="off" />
        <TextField name="startsOn" label={t('startsOn')} type="date" required />
        <TextField name="endsOn" label={t('endsOn')} hint={t('endsOnHint')} type="date" />
      </div>
      <div>
        <SubmitButton>{t('add')}</SubmitButton>
      </div>
    </FormFrame>
  );
}

/** One contract's reference and dates; ending a contract is giving it an end date. */
export function EditContractForm({
  orgId,
  contract,
}: {
  orgId: string;
  contract: { id: string; reference: string; startsOn: string; endsOn: string | null; serviceLabel: string };
}) {
  const t = useTranslations('adminOrgs.contracts');
  const form = useActionForm<{ id: string; changed: boolean }>(updateContractAction);
  return (
    <FormFrame form={form} aria-labelledby={`contract-${contract.id}`} className={styles.contract}>
      <h3 id={`contract-${contract.id}`}>{contract.serviceLabel}</h3>
      {form.data ? (
        <Callout tone="success" role="status">
          {t('saved')}
        </Callout>
      ) : null}
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="contractId" value={contract.id} />
      <div className={styles.grid}>
        <TextField name="reference" label={t('reference')} defaultValue={contract.reference} maxLength={80} required />
        <TextField name="startsOn" label={t('startsOn')} type="date" defaultValue={contract.startsOn} required />
        <TextField name="endsOn" label={t('endsOn')} hint={t('endsOnHint')} type="date" defaultValue={contract.endsOn ?? ''} />
      </div>
      <div>
        <SubmitButton variant="secondary">{t('save')}</SubmitButton>
      </div>
    </FormFrame>
  );
}
