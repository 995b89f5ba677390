import 'server-only';
import { AppError, isAppError } from '@/lib/errors';
import { getT } from '@/lib/i18n/server';
import { isMessageKey } from '@/lib/i18n/translate';

/**
 * The use cases name field problems by dictionary key (they know no language); this turns them
 * into the user's language before the action wrapper hands them to the form. Text that is not a
 * key passes through, so translating twice does no harm.
 */
export async function withTranslatedFieldErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isAppError(error) || !error.fieldErrors) throw error;
    const { t } = await getT();
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, messages]) => [field, messages.map((m) => (isMessageKey(m) ? t(m) : m))]),
    );
    throw new AppError(error.code, error.message, fieldErrors);
  }
}
