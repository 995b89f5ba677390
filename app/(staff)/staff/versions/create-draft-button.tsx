'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import type { VersionKind } from '@/lib/versions/version-input';
import { createDraftAction } from './actions';

type Created = { id: string; version: number; created: boolean };

/** Starts (or reopens) the draft of the next version and opens its editor. */
export function CreateDraftButton({ kind, copyOf }: { kind: VersionKind; copyOf: string }) {
  const t = useTranslations('versions');
  const router = useRouter();
  const create = async (prev: ActionResult<Created> | null, formData: FormData) => {
    const result = await createDraftAction(prev, formData);
    if (result.ok) router.push(`/staff/versions/${kind}/${result.data.id}`);
    return result;
  };
  return (
    <ActionForm action={create}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="copyOf" value={copyOf} />
      <div>
        <SubmitButton variant="secondary">{t('newDraft')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
