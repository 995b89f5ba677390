// Each area owns one dictionary file; keys are prefixed with the area's name.
import { auth } from './auth';
import { common } from './common';

const de = { ...common.de, ...auth.de };
export type MessageKey = keyof typeof de;
const en: Record<MessageKey, string> = { ...common.en, ...auth.en };

export const messages: Record<'de' | 'en', Record<MessageKey, string>> = { de, en };
