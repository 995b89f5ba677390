import { getRequestConfig } from 'next-intl/server';
import { catalogues } from './catalogues';
import { getLocale } from './server';
import { onIntlError, timeZone } from './translate';

// next-intl's request configuration, "without i18n routing": the locale is not in the URL but
// comes from the cookie or Accept-Language (getLocale). Registered in next.config.mjs.
export default getRequestConfig(async () => {
  const locale = await getLocale();
  return { locale, messages: catalogues[locale], timeZone, onError: onIntlError };
});
