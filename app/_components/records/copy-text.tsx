'use client';

import { useState } from 'react';
import { Button } from '@/app/_components/ui/button';

/** What the button and its status say, translated by the server (no message catalogue travels to the browser). */
export type CopyTextLabels = { copy: string; copied: string; copyFailed: string };

/** Copies a text to the clipboard and says so (politely, for screen readers too). */
export function CopyText({ text, labels }: { text: string; labels: CopyTextLabels }) {
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
        {labels.copy}
      </Button>{' '}
      <span role="status">{state === 'copied' ? labels.copied : state === 'failed' ? labels.copyFailed : ''}</span>
    </p>
  );
}
