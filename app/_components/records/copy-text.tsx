'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/app/_components/ui/button';

/** Copies a text to the clipboard and says so (politely, for screen readers too). */
export function CopyText({ text }: { text: string }) {
  const t = useTranslations('records.hosting');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <p>
      <Button
        variant="secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setState('copied');
          } catch {
            setState('failed');
          }
        }}
      >
        {t('copy')}
      </Button>{' '}
      <span role="status">{state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}</span>
    </p>
  );
}
