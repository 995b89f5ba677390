import { createHash } from 'node:crypto';
import type { LocalizedText, TomsSectionKey, TomsSections } from '@/db/schema';

/** The Art. 32 order; fixed here so the hash never depends on jsonb's key order. */
export const TOMS_SECTION_ORDER: readonly TomsSectionKey[] = [
  'confidentiality',
  'integrity',
  'availability',
  'restore',
  'testing',
];

/**
 * The SHA-256 a published TOMs version carries, over the measures and the change summary (the
 * summary is part of what customers are told, so changing it afterwards must show).
 */
export function hashTomsContent({
  sections,
  changeSummary,
}: {
  sections: TomsSections;
  changeSummary: LocalizedText;
}): string {
  const canonical = JSON.stringify([
    TOMS_SECTION_ORDER.map((key) => [key, sections[key].map((item) => [item.de, item.en])]),
    [changeSummary.de, changeSummary.en],
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
