import 'server-only';
import { eq } from 'drizzle-orm';
import { agreements, dpaTemplateVersions, organisations } from '@/db/schema';
import type { Ctx } from '@/lib/core/context';
import type { Actor } from '@/lib/core/actor';
import { agreementFileName } from '@/lib/dpa/agreement-file-name';

/** The signed PDF as a mail attachment, read from the agreement when the mail is sent. */
export async function agreementAttachment(ctx: Ctx<Actor>, agreementId: string) {
  const [row] = await ctx.db
    .select({
      pdf: agreements.pdf,
      signedAt: agreements.signedAt,
      locale: agreements.locale,
      version: dpaTemplateVersions.version,
      customerNumber: organisations.customerNumber,
    })
    .from(agreements)
    .innerJoin(dpaTemplateVersions, eq(dpaTemplateVersions.id, agreements.templateVersionId))
    .innerJoin(organisations, eq(organisations.id, agreements.orgId))
    .where(eq(agreements.id, agreementId))
    .limit(1);
  if (!row?.pdf) throw new Error(`agreement ${agreementId} has no PDF to attach`);
  return {
    filename: agreementFileName(row),
    content: Buffer.from(row.pdf),
    contentType: 'application/pdf',
  };
}
