import 'server-only';
import { asc } from 'drizzle-orm';
import { services, subprocessors } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';

/** What the register's filters and forms offer: the service catalogue and the countries in use. */
export async function getRegisterOptions(ctx: Ctx<Actor | null>) {
  const [serviceRows, countryRows] = await Promise.all([
    ctx.db
      .select({ id: services.id, code: services.code, name: services.name, processesPersonalData: services.processesPersonalData })
      .from(services)
      .orderBy(asc(services.code)),
    ctx.db.selectDistinct({ country: subprocessors.country }).from(subprocessors).orderBy(asc(subprocessors.country)),
  ]);
  return { services: serviceRows, countries: countryRows.map((r) => r.country) };
}
