import type { dpaTemplateVersions, tomsVersions } from '@/db/schema';
import { hashTemplateContent } from '@/lib/dpa/hash-template-version';
import { hashTomsContent } from '@/lib/toms/hash-toms-version';
import { seedId, type SeedClock } from './seed-helpers';
import { dpaTemplateV1, dpaTemplateV2 } from './texts/dpa-template';
import { tomsV1 } from './texts/toms';

// When each published version came out, in days before the seed day. Signatures in
// organisations.ts must fall after the version they sign; buildAgreementRows checks that.
export const publishedDaysAgo = { dpa: { 1: 900, 2: 75 }, toms: { 1: 900 } } as const;

export const dpaVersionId = (version: 1 | 2) => seedId(`dpa-template:v${version}`);
export const tomsVersionId = (version: 1) => seedId(`toms:v${version}`);

export function buildVersionRows(clock: SeedClock, privacyUserId: string) {
  const templates: (typeof dpaTemplateVersions.$inferInsert)[] = (
    [
      [1, dpaTemplateV1],
      [2, dpaTemplateV2],
    ] as const
  ).map(([version, text]) => {
    const publishedAt = clock.daysAgo(publishedDaysAgo.dpa[version], 10);
    return {
      id: dpaVersionId(version),
      version,
      status: 'published',
      title: text.title,
      body: text.body,
      changeSummary: text.changeSummary,
      contentSha256: hashTemplateContent(text),
      // § 11(2) of version 2 in numbers; version 1 names no fixed deadlines.
      exitDuties: version === 2 ? { returnRequestDays: 14, productionDeletionDays: 30, backupDeletionDays: 21 } : null,
      isSample: true,
      createdBy: privacyUserId,
      publishedBy: privacyUserId,
      publishedAt,
      createdAt: clock.daysAgo(publishedDaysAgo.dpa[version] + 14, 10),
      updatedAt: publishedAt,
    };
  });

  const publishedAt = clock.daysAgo(publishedDaysAgo.toms[1], 10);
  const toms: (typeof tomsVersions.$inferInsert)[] = [
    {
      id: tomsVersionId(1),
      version: 1,
      status: 'published',
      sections: tomsV1.sections,
      changeSummary: tomsV1.changeSummary,
      protectionNotLowered: true,
      contentSha256: hashTomsContent(tomsV1),
      isSample: true,
      createdBy: privacyUserId,
      publishedBy: privacyUserId,
      publishedAt,
      createdAt: clock.daysAgo(publishedDaysAgo.toms[1] + 14, 10),
      updatedAt: publishedAt,
    },
  ];
  return { templates, toms };
}
