export const auth = {
  de: {
    'auth.signIn.title': 'Anmelden',
  },
  en: {
    'auth.signIn.title': 'Sign in',
  },
} as const;
