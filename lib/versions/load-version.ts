import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import type { VersionDescriptor, VersionRow } from './version-descriptor';

const guid = z.guid();

/**
 * One version row of the descriptor's table, or null for an unknown or malformed id. With
 * `forUpdate` the row is locked until the transaction ends, so an edit and a publish of the same
 * draft run one after the other.
 */
export async function loadVersion(
  ctx: Ctx<Actor>,
  descriptor: VersionDescriptor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<VersionRow | null> {
  if (!guid.safeParse(id).success) return null;
  const { table } = descriptor;
  const query = ctx.db.select().from(table).where(eq(table.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}
