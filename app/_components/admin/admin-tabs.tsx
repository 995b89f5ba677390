import { getTranslations } from 'next-intl/server';
import { Tabs } from '@/app/_components/ui/tabs';

const sections = ['orgs', 'import', 'services', 'settings'] as const;
export type AdminSection = (typeof sections)[number];

/** The administration's sections as link tabs; each page still authorizes itself. */
export async function AdminTabs({ current }: { current: AdminSection }) {
  const t = await getTranslations('adminOrgs.sections');
  const label = { orgs: t('orgs'), import: t('import'), services: t('services'), settings: t('settings') };
  return (
    <Tabs
      label={t('label')}
      items={sections.map((s) => ({ href: `/staff/admin/${s}`, label: label[s], current: s === current }))}
    />
  );
}
