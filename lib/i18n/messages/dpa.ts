// Dictionary of the 'dpa' area; keys start with 'dpa.'.
export const dpa = {
  de: {
    'dpa.title': 'dpa',
  },
  en: {
    'dpa.title': 'dpa',
  },
} as const;
