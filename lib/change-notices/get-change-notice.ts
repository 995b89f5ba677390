import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { changeNotices, changeNoticeServices, services, subprocessors, type ChangeNotice, type Subprocessor } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';

export type ChangeNoticeDetail = ChangeNotice & {
  subprocessor: Subprocessor;
  replaces: Subprocessor | null;
  services: { id: string; code: string; name: { de: string; en: string } }[];
};

/** One change notice with the subprocessor(s) and services it names, or null (also for an id that is no uuid). */
export async function getChangeNotice(ctx: Ctx<Actor | null>, input: { changeNoticeId: string }): Promise<ChangeNoticeDetail | null> {
  const { changeNoticeId } = input;
  if (!z.guid().safeParse(changeNoticeId).success) return null;
  const { db } = ctx;
  const [notice] = await db.select().from(changeNotices).where(eq(changeNotices.id, changeNoticeId)).limit(1);
  if (!notice) return null;
  const ids = [notice.subprocessorId, ...(notice.replacesSubprocessorId ? [notice.replacesSubprocessorId] : [])];
  const [subs, serviceRows] = await Promise.all([
    db.select().from(subprocessors).where(inArray(subprocessors.id, ids)),
    db
      .select({ id: services.id, code: services.code, name: services.name })
      .from(changeNoticeServices)
      .innerJoin(services, eq(services.id, changeNoticeServices.serviceId))
      .where(eq(changeNoticeServices.changeNoticeId, changeNoticeId))
      .orderBy(asc(services.code)),
  ]);
  const subprocessor = subs.find((s) => s.id === notice.subprocessorId);
  if (!subprocessor) return null;
  return {
    ...notice,
    subprocessor,
    replaces: subs.find((s) => s.id === notice.replacesSubprocessorId) ?? null,
    services: serviceRows,
  };
}
