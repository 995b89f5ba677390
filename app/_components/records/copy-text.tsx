'use client';

import { useState } from 'react';
import { Button } from '@/app/_components/ui/button';

/** What the button and its status say, translated by the server (no message catalogue travels to the browser). */
export type CopyTextLabels = { copy: string; copied: string; copyFailed: string };

/**
 * Copies the text of the element `sourceId` to the clipboard and says so (politely, for screen
 * readers too). The text is read from the page when clicked, not handed over as a prop: a prop
 * would travel a second time in the page's payload (issue 14). Paragraphs are joined by a blank line.
 */
export function CopyText({ sourceId, labels }: { sourceId: string; labels: CopyTextLabels }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <p>
      <Button
        variant="secondary"
        onClick={async () => {
          try {
            const source = document.getElementById(sourceId);
            const paragraphs = source ? [...source.querySelectorAll('p')].map((p) => p.textContent ?? '') : [];
            if (paragraphs.length === 0) throw new Error('nothing to copy');
            await navigator.clipboard.writeText(paragraphs.join('\n\n'));
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
