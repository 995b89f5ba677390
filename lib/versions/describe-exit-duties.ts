import type { ExitDuties } from '@/db/schema';
import type { DocumentLocale } from '@/lib/dpa/dpa-document-labels';
import { translator } from '@/lib/i18n/translate';

export type ExitDutyLine = { key: keyof ExitDuties; label: string; value: string };

/**
 * A DPA template version's § 11 deadlines in one language, worded once for the version view and
 * the comparison: a label and a value per deadline, none when the version states no fixed ones.
 */
export function describeExitDuties(duties: ExitDuties | null, locale: DocumentLocale): ExitDutyLine[] {
  if (!duties) return [];
  const t = translator(locale);
  return [
    { key: 'returnRequestDays', label: t('versions.exitDuties.returnRequest'), value: t('versions.exitDuties.afterEnd', { days: duties.returnRequestDays }) },
    {
      key: 'productionDeletionDays',
      label: t('versions.exitDuties.productionDeletion'),
      value: t('versions.exitDuties.afterEnd', { days: duties.productionDeletionDays }),
    },
    {
      key: 'backupDeletionDays',
      label: t('versions.exitDuties.backupDeletion'),
      value: t('versions.exitDuties.afterProductionDeletion', { days: duties.backupDeletionDays }),
    },
  ];
}
