'use server';

import { anonymiseCall, anonymiseCallInput } from '@/lib/calls/anonymise-call';
import { action } from '@/lib/core/action';

/** A caller objected during the call: anonymise the call's call-list entries (audited in anonymiseCall). */
export const anonymiseCallAction = action({ permission: 'calls.anonymise', schema: anonymiseCallInput }, anonymiseCall);
