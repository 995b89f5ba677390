// Dictionary of the 'versions' area; keys start with 'versions.'.
export const versions = {
  de: {
    'versions.title': 'versions',
  },
  en: {
    'versions.title': 'versions',
  },
} as const;
