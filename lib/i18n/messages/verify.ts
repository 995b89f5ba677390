// Dictionary of the 'verify' area; keys start with 'verify.'.
export const verify = {
  de: {
    'verify.title': 'verify',
  },
  en: {
    'verify.title': 'verify',
  },
} as const;
