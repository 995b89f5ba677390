// Dictionary of the 'notices' area; keys start with 'notices.'.
export const notices = {
  de: {
    'notices.title': 'notices',
  },
  en: {
    'notices.title': 'notices',
  },
} as const;
