// Dictionary of the 'objections' area; keys start with 'objections.'.
export const objections = {
  de: {
    'objections.title': 'objections',
  },
  en: {
    'objections.title': 'objections',
  },
} as const;
