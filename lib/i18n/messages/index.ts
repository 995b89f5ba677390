// Each area owns one dictionary file; keys are prefixed with the area's name.
import { auth } from './auth';
import { common } from './common';
import { dpa } from './dpa';
import { notices } from './notices';
import { objections } from './objections';
import { register } from './register';
import { security } from './security';
import { ui } from './ui';
import { verify } from './verify';
import { versions } from './versions';

const de = {
  ...common.de,
  ...auth.de,
  ...ui.de,
  ...dpa.de,
  ...versions.de,
  ...verify.de,
  ...register.de,
  ...notices.de,
  ...objections.de,
  ...security.de,
};
export type MessageKey = keyof typeof de;
// Typed as complete: a key missing in English fails the type-check.
const en: Record<MessageKey, string> = {
  ...common.en,
  ...auth.en,
  ...ui.en,
  ...dpa.en,
  ...versions.en,
  ...verify.en,
  ...register.en,
  ...notices.en,
  ...objections.en,
  ...security.en,
};

export const messages: Record<'de' | 'en', Record<MessageKey, string>> = { de, en };
