'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { FormFrame } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { SelectField, TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { useActionForm, type ServerAction } from '@/app/_components/ui/use-action-form';
import { Facts } from '../_components/facts';
import { addNoticeContactAction, addWebhookAction, removeNoticeContactAction, removeWebhookAction, rotateFeedTokenAction } from './actions';
import styles from './subscriptions.module.css';

// The forms of the subscriptions page, on the kit: fields find their errors by name, the answer
// stays above the form (the form stays, for the next entry). Inputs are controlled so a refused
// entry stays for correcting and a successful one is cleared.

export function AddContactForm({ orgId }: { orgId: string }) {
  const t = useTranslations('subscriptions');
  const [values, setValues] = useState({ email: '', name: '' });
  const form = useActionForm<{ email: string }>(async (state, data) => {
    const result = await addNoticeContactAction(state, data);
    if (result.ok) setValues({ email: '', name: '' });
    return result;
  });
  return (
    <FormFrame form={form}>
      <input type="hidden" name="orgId" value={orgId} />
      {form.data ? (
        <Callout tone="success" role="status">
          {t('contact.added', { email: form.data.email })}
        </Callout>
      ) : null}
      <div className={styles.fields}>
        <TextField
          className={styles.grow}
          name="email"
          type="email"
          label={t('contact.email')}
          autoComplete="off"
          maxLength={254}
          value={values.email}
          onChange={(e) => setValues({ ...values, email: e.target.value })}
        />
        <TextField name="name" label={t('contact.name')} maxLength={200} value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} />
        <SelectField
          name="locale"
          label={t('contact.locale')}
          defaultValue="de"
          options={[
            { value: 'de', label: t('locale.de') },
            { value: 'en', label: t('locale.en') },
          ]}
        />
      </div>
      <div>
        <SubmitButton pendingLabel={t('contact.adding')}>{t('contact.add')}</SubmitButton>
      </div>
    </FormFrame>
  );
}

/** A one-button form (remove a contact or a webhook); a refusal is shown beside the button. */
export function RemoveButton({ kind, orgId, targetId, label }: { kind: 'contact' | 'webhook'; orgId: string; targetId: string; label: string }) {
  const t = useTranslations('subscriptions');
  const action: ServerAction<unknown> = kind === 'contact' ? removeNoticeContactAction : removeWebhookAction;
  const form = useActionForm(action);
  return (
    <FormFrame form={form} className={styles.remove}>
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name={kind === 'contact' ? 'contactId' : 'webhookId'} value={targetId} />
      <SubmitButton variant="secondary">
        <span aria-hidden="true">{kind === 'contact' ? t('contacts.remove') : t('webhooks.remove')}</span>
        <span className="visually-hidden">{label}</span>
      </SubmitButton>
    </FormFrame>
  );
}

export function FeedTokenForm({ orgId, hasFeed }: { orgId: string; hasFeed: boolean }) {
  const t = useTranslations('feeds');
  const form = useActionForm(rotateFeedTokenAction);
  return (
    <div className={styles.feed}>
      {form.data ? (
        <Callout tone="warning" role="status" title={t('shownOnce')}>
          <Facts
            stacked
            items={[
              { label: t('atom'), value: <code className={`${styles.secret} secret-value`}>{form.data.atom}</code> },
              { label: t('calendar'), value: <code className={`${styles.secret} secret-value`}>{form.data.calendar}</code> },
            ]}
          />
          <p className={styles.small}>{t('english')}</p>
        </Callout>
      ) : null}
      <FormFrame form={form}>
        <input type="hidden" name="orgId" value={orgId} />
        <input type="hidden" name="confirm" value="rotate" />
        <div>
          <SubmitButton variant={hasFeed ? 'secondary' : 'primary'} pendingLabel={t('generating')}>
            {hasFeed ? t('rotate') : t('generate')}
          </SubmitButton>
        </div>
      </FormFrame>
    </div>
  );
}

export function AddWebhookForm({ orgId }: { orgId: string }) {
  const t = useTranslations('subscriptions');
  const [url, setUrl] = useState('');
  const form = useActionForm<{ url: string; secret: string }>(async (state, data) => {
    const result = await addWebhookAction(state, data);
    if (result.ok) setUrl('');
    return result;
  });
  return (
    <FormFrame form={form}>
      <input type="hidden" name="orgId" value={orgId} />
      {form.data ? (
        <Callout tone="warning" role="status">
          <p>{t('webhook.added')}</p>
          <p>
            <code className={styles.secret} data-testid="webhook-secret">
              {form.data.secret}
            </code>
          </p>
        </Callout>
      ) : null}
      <TextField
        name="url"
        label={t('webhook.url')}
        hint={t('webhook.urlHint')}
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        maxLength={2000}
        placeholder="https://"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
      />
      <div>
        <SubmitButton pendingLabel={t('webhook.adding')}>{t('webhook.add')}</SubmitButton>
      </div>
    </FormFrame>
  );
}
