export const common = {
  de: {
    'common.appName': 'AV-Portal',
    'common.error.generic': 'Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.',
    'common.error.rateLimited': 'Zu viele Anfragen. Bitte warten Sie einige Minuten.',
    'common.error.forbidden': 'Dafür fehlt Ihnen die Berechtigung.',
    'common.error.notFound': 'Diese Seite gibt es nicht, oder sie ist für Sie nicht sichtbar.',
    'validation.required': 'Bitte füllen Sie dieses Feld aus.',
    'validation.email': 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@firma.de.',
    'validation.tooLong': 'Höchstens {max} Zeichen.',
    'validation.invalid': 'Dieser Wert ist ungültig.',
  },
  en: {
    'common.appName': 'DPA Portal',
    'common.error.generic': 'Something went wrong. Please try again.',
    'common.error.rateLimited': 'Too many requests. Please wait a few minutes.',
    'common.error.forbidden': 'You are not allowed to do this.',
    'common.error.notFound': 'This page does not exist, or you cannot see it.',
    'validation.required': 'Please fill in this field.',
    'validation.email': 'Please enter a valid e-mail address, e.g. name@company.com.',
    'validation.tooLong': 'At most {max} characters.',
    'validation.invalid': 'This value is not valid.',
  },
} as const;
