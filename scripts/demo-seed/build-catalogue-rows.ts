import type { services, subprocessors, subprocessorServices } from '@/db/schema';
import { seedId, type SeedClock } from './seed-helpers';
import { demoServiceCategory, demoServices } from './services';
import { demoSubprocessors } from './subprocessors';

// The provider's catalogue and register as insert rows, plus the same data with ids attached,
// which the agreement builder needs to snapshot each organisation's annex.

export function buildCatalogueRows(clock: SeedClock) {
  const catalogueServices = demoServices.map((service) => ({ ...service, id: seedId(`service:${service.code}`) }));
  const serviceIds = new Map(catalogueServices.map((service) => [service.code as string, service.id]));
  const catalogueSubprocessors = demoSubprocessors.map((sub) => ({ ...sub, id: seedId(`subprocessor:${sub.key}`) }));

  const serviceRows: (typeof services.$inferInsert)[] = catalogueServices.map((service) => ({
    id: service.id,
    code: service.code,
    name: service.name,
    description: service.description,
    processesPersonalData: service.processesPersonalData,
    category: demoServiceCategory[service.code],
    purpose: service.purpose,
    dataCategories: service.dataCategories,
    dataSubjects: service.dataSubjects,
    createdAt: clock.daysAgo(1700),
  }));

  const subprocessorRows: (typeof subprocessors.$inferInsert)[] = catalogueSubprocessors.map((sub) => ({
    id: sub.id,
    legalName: sub.legalName,
    address: sub.address,
    country: sub.country,
    purpose: sub.purpose,
    dataCategories: sub.dataCategories,
    safeguard: sub.safeguard,
    safeguardNote: sub.safeguardNote ?? null,
    website: sub.website,
    status: sub.status,
    activeFrom: sub.activeFromDaysAgo === null ? null : clock.dateDaysAgo(sub.activeFromDaysAgo),
    activeUntil: sub.activeUntilDaysAgo === undefined ? null : clock.dateDaysAgo(sub.activeUntilDaysAgo),
    isSample: true,
    createdAt: clock.daysAgo((sub.activeFromDaysAgo ?? 10) + 30),
    updatedAt: clock.daysAgo(sub.activeUntilDaysAgo ?? sub.activeFromDaysAgo ?? 10),
  }));

  const links: (typeof subprocessorServices.$inferInsert)[] = catalogueSubprocessors.flatMap((sub) =>
    sub.services.map((code) => {
      const serviceId = serviceIds.get(code);
      if (!serviceId) throw new Error(`Subprocessor ${sub.key} names unknown service ${code}`);
      return { subprocessorId: sub.id, serviceId };
    }),
  );

  return {
    serviceIds,
    services: catalogueServices,
    subprocessors: catalogueSubprocessors,
    serviceRows,
    subprocessorRows,
    subprocessorServices: links,
  };
}
