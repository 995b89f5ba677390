'use client';

import { createContext, useContext } from 'react';

/** What an ActionForm tells the fields and buttons inside it. */
export type FormState = {
  /** Field errors by field name ('_' is the form as a whole), already translated. */
  errors: Record<string, string[]>;
  pending: boolean;
};

export const FormContext = createContext<FormState>({ errors: {}, pending: false });

/** The errors an ActionForm holds for one field; explicit `errors` on a Field win. */
export function useFieldErrors(name: string | undefined): string[] | undefined {
  const { errors } = useContext(FormContext);
  return name ? errors[name] : undefined;
}

export function useFormPending(): boolean {
  return useContext(FormContext).pending;
}
