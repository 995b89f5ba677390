// Where a sign-in may send the user afterwards: a place in this portal, never another site.
// A prefix check on the raw text is not enough (issue 7, item 3): browsers drop tabs and line
// breaks from URLs and read "\" as "/", so "/\t/evil.example" arrives as "//evil.example", a link to
// another host. So the value is parsed as a browser would, against APP_URL, and only a result on
// APP_URL's origin is kept.

/** A local path (with query and fragment) for a callback URL, or "/" if it would leave APP_URL's origin. */
export function safeCallbackUrl(value: string | undefined | null, appUrl: string): string {
  if (!value) return '/';
  const base = new URL(appUrl);
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return '/';
  }
  if (url.origin !== base.origin) return '/';
  // "/.//evil.example" resolves to the path "//evil.example": still ours, but as a Location header
  // it would name another host. One leading slash only.
  return `/${url.pathname.replace(/^\/+/, '')}${url.search}${url.hash}`;
}
