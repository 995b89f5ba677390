'use client';

import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { ActionForm } from '@/app/_components/ui/action-form';
import { TextAreaField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { REASON_MAX } from '@/lib/objections/objection-limits';

const schemas = () => import('@/lib/objections/objection-schemas');
const fileSchema = () => schemas().then((m) => m.fileObjectionSchema);
const updateSchema = () => schemas().then((m) => m.updateObjectionSchema);
import { fileObjectionAction, updateObjectionAction } from './actions';

// Filing (after the kit's ConfirmDialog) or editing an objection. The reason is checked with the
// server's own schema first; the server checks again and has the last word (deadline, role, scope).

/** After success: the notice again, with the confirmation at the objection. */
export function ShowDone({ href }: { href: string }) {
  const router = useRouter();
  useEffect(() => router.replace(href), [router, href]);
  return null;
}

type Props = {
  orgId: string;
  noticeId: string;
  /** Present when editing the organisation's open objection. */
  objectionId?: string;
  defaultReason?: string;
};

export function ObjectionForm({ orgId, noticeId, objectionId, defaultReason }: Props) {
  const t = useTranslations('objections');
  const editing = Boolean(objectionId);
  const done = `/orgs/${orgId}/notices/${noticeId}?done=${editing ? 'updated' : 'filed'}#objection`;
  return (
    <ActionForm
      action={editing ? updateObjectionAction : fileObjectionAction}
      schema={editing ? updateSchema : fileSchema}
      confirm={editing ? undefined : { title: t('form.confirmTitle'), description: t('form.confirmText'), confirmLabel: t('form.confirm'), cancelLabel: t('form.cancel') }}
      success={() => <ShowDone href={done} />}
    >
      <input type="hidden" name="orgId" value={orgId} />
      {editing ? <input type="hidden" name="objectionId" value={objectionId} /> : <input type="hidden" name="noticeId" value={noticeId} />}
      <TextAreaField
        id={editing ? 'reason-edit' : 'reason'}
        name="reason"
        label={t('reason.label')}
        hint={t('reason.hint')}
        rows={6}
        maxLength={REASON_MAX + 200}
        defaultValue={defaultReason}
      />
      <div>
        <SubmitButton pendingLabel={t('form.sending')}>{editing ? t('own.save') : t('form.submit')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
