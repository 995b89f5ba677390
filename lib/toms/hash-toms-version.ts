import { createHash } from 'node:crypto';
import type { LocalizedText, TomsSections } from '@/db/schema';
import { TOMS_SECTION_ORDER } from './toms-sections';

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
