import { createHash } from 'node:crypto';
import type { LocalizedText } from '@/db/schema';

/**
 * The SHA-256 a published DPA template version carries. The canonical form is a JSON array in a
 * fixed order, so the hash does not depend on how jsonb happens to order an object's keys and can
 * be recomputed from the stored row to show that a published text was never changed.
 */
export function hashTemplateContent({ title, body }: { title: LocalizedText; body: LocalizedText }): string {
  const canonical = JSON.stringify([title.de, title.en, body.de, body.en]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
