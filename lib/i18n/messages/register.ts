// Dictionary of the 'register' area; keys start with 'register.'.
export const register = {
  de: {
    'register.title': 'register',
  },
  en: {
    'register.title': 'register',
  },
} as const;
