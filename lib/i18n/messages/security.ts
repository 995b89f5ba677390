// Messages of the hardening measures (issue 7): refused requests and inputs, abuse limits, webhook
// error classes.
export const security = {
  de: {
    'security.foreignOrigin': 'Diese Anfrage kam nicht von einer Seite des Portals und wurde nicht ausgeführt. Bitte laden Sie die Seite neu.',
    'security.textDirection': 'Enthält unsichtbare Steuerzeichen für die Schreibrichtung (z. B. U+202E). Bitte entfernen Sie sie.',
  },
  en: {
    'security.foreignOrigin': 'This request did not come from a page of the portal and was not carried out. Please reload the page.',
    'security.textDirection': 'Contains invisible text-direction control characters (e.g. U+202E). Please remove them.',
  },
} as const;
