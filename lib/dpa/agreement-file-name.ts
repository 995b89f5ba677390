import type { Locale } from '@/lib/i18n/config';

/**
 * The file name of a signed DPA, e.g. "AV-Vertrag_K-10001_Fassung-2_2026-11-27.pdf". Only ASCII
 * letters, digits, dot, dash and underscore survive, so it is safe in a Content-Disposition header
 * and on every file system.
 */
export function agreementFileName(input: { customerNumber: string; version: number; signedAt: Date; locale: Locale }) {
  const stem = input.locale === 'de' ? `AV-Vertrag_${input.customerNumber}_Fassung-${input.version}` : `DPA_${input.customerNumber}_version-${input.version}`;
  const name = `${stem}_${input.signedAt.toISOString().slice(0, 10)}.pdf`;
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}

/** `attachment; filename="…"` with the sanitised name (RFC 6266); no user input reaches it unfiltered. */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment') {
  return `${disposition}; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`;
}
