'use server';

import { action } from '@/lib/core/action';
import { decideObjection } from '@/lib/objections/decide-objection';
import { decideObjectionSchema } from '@/lib/objections/objection-schemas';

/** Privacy staff decide an objection; decideObjection() checks the permission again and mails the outcome. */
export const decideObjectionAction = action({ permission: 'objections.decide', schema: decideObjectionSchema }, decideObjection);
