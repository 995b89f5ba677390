import 'server-only';
import { asc } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { services, subprocessors } from '@/db/schema';

/** What the register's filters and forms offer: the service catalogue and the countries in use. */
export async function getRegisterOptions(db: Database | Tx) {
  const [serviceRows, countryRows] = await Promise.all([
    db
      .select({ id: services.id, code: services.code, name: services.name, processesPersonalData: services.processesPersonalData })
      .from(services)
      .orderBy(asc(services.code)),
    db.selectDistinct({ country: subprocessors.country }).from(subprocessors).orderBy(asc(subprocessors.country)),
  ]);
  return { services: serviceRows, countries: countryRows.map((r) => r.country) };
}
