// Each area owns one dictionary file; keys are prefixed with the area's name.
import { auth } from './auth';
import { common } from './common';
import { ui } from './ui';

const de = { ...common.de, ...auth.de, ...ui.de };
export type MessageKey = keyof typeof de;
const en: Record<MessageKey, string> = { ...common.en, ...auth.en, ...ui.en };

export const messages: Record<'de' | 'en', Record<MessageKey, string>> = { de, en };
