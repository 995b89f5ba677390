'use server';

import { action } from '@/lib/core/action';
import { createService, updateService } from '@/lib/services/save-service';
import { createServiceSchema, updateServiceSchema } from '@/lib/services/service-input';

// Thin wrappers: action() authorizes ('admin.services.manage': admins only), validates and opens
// the transaction; the use cases check again and write the audit events.

export const createServiceAction = action({ permission: 'admin.services.manage', schema: createServiceSchema }, createService);

export const updateServiceAction = action({ permission: 'admin.services.manage', schema: updateServiceSchema }, updateService);
