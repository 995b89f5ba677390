import type { TomsSectionKey } from '@/db/schema';

/** The Art. 32 headings in their order; fixed here so hashes never depend on jsonb's key order. */
export const TOMS_SECTION_ORDER = ['confidentiality', 'integrity', 'availability', 'restore', 'testing'] as const satisfies readonly TomsSectionKey[];
