import { z } from 'zod';
import { supportActions } from '@/lib/support/decide-support-level';
import { sessionActions } from '@/lib/support/remote-session-input';

// The zod schemas of the token API: the route handlers validate with them, and
// /api/v1/openapi.json is generated from the same objects (lib/api/openapi.ts).

export const lookupQuery = z
  .object({
    phone: z.string().min(3).max(40).optional().describe('A phone number in any format, e.g. 0711 2293 440'),
    customerNumber: z.string().min(1).max(40).optional(),
    email: z.email().max(320).optional(),
  })
  .refine((q) => [q.phone, q.customerNumber, q.email].filter(Boolean).length === 1, {
    message: 'Give exactly one of phone, customerNumber, email.',
  });

const action = z.object({ action: z.enum(supportActions), allowed: z.boolean(), reason: z.string() });

export const lookupResponse = z.object({
  results: z.array(
    z.object({
      organisation: z.object({ id: z.guid(), customerNumber: z.string(), legalName: z.string() }),
      supportLevel: z.enum(['full', 'advice_only']),
      reason: z.enum(['covered', 'no_agreement', 'agreement_not_covering']),
      actions: z.array(action),
      agreement: z.object({ id: z.guid(), version: z.number().int(), signedAt: z.iso.datetime() }).nullable(),
    }),
  ),
});

export const remoteSessionBody = z.object({
  orgId: z.guid(),
  ticketReference: z.string().trim().min(1).max(64),
  reason: z.string().trim().min(3).max(500),
  tool: z.string().trim().min(1).max(60).default('TeamViewer'),
  action: z.enum(sessionActions).default('remote_support'),
});

export const remoteSessionResponse = z.object({
  sessionId: z.guid(),
  reference: z.string(),
  startedAt: z.iso.datetime(),
});

export const registerResponse = z.object({
  day: z.iso.date(),
  subprocessors: z.array(
    z.object({
      id: z.guid(),
      legalName: z.string(),
      country: z.string(),
      safeguard: z.string(),
      services: z.array(z.string()),
    }),
  ),
});

export const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())).optional() }),
});
