import { z } from 'zod';
import { identifyQuery } from '@/lib/calls/identify-caller';
import { errorResponse, lookupQuery, lookupResponse, registerResponse, remoteSessionBody, remoteSessionResponse } from './schemas';

// The OpenAPI 3.1 document of the token API, generated from the zod schemas the routes validate
// with (zod 4's z.toJSONSchema), so the document cannot drift from what the server accepts.

const json = (schema: z.ZodType, io: 'input' | 'output' = 'output') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [String(code), { description: errorText[code] ?? 'Error', content: { 'application/json': { schema: json(errorResponse) } } }]),
  );
const errorText: Record<number, string> = {
  401: 'Missing, unknown, revoked or expired token',
  403: 'The token lacks the scope',
  409: 'Refused: no DPA covering a booked service (code DPA_REQUIRED)',
  422: 'Invalid input (code VALIDATION, with fieldErrors)',
  429: 'Rate limit per token; see the Retry-After header',
};

function queryParameters(schema: z.ZodType) {
  const shape = json(schema, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(shape.properties ?? {}).map(([name, s]) => ({ name, in: 'query', required: shape.required?.includes(name) ?? false, schema: s }));
}

/** Every path of /api/v1 that a token reaches; the test checks each exists as a route handler. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: { title: 'DPA portal API', version: '1.0.0', description: 'For the ticket and phone systems: support level lookups, remote sessions, the register.' },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths: {
      '/api/v1/support/lookup': {
        get: {
          operationId: 'supportLookup',
          summary: 'Organisation, support level, allowed actions and agreement for a phone number, customer number or e-mail (scope support:read)',
          parameters: queryParameters(lookupQuery),
          responses: { '200': { description: 'Matches, at most ten, by name (empty when unknown; former customers are not found)', content: { 'application/json': { schema: json(lookupResponse) } } }, ...errors(401, 403, 422, 429) },
        },
      },
      '/api/v1/remote-sessions': {
        post: {
          operationId: 'startRemoteSession',
          summary: 'Start a remote-support session; refused without a DPA (scope support:read)',
          requestBody: { required: true, content: { 'application/json': { schema: json(remoteSessionBody, 'input') } } },
          responses: { '200': { description: 'Session started', content: { 'application/json': { schema: json(remoteSessionResponse) } } }, ...errors(401, 403, 409, 422, 429) },
        },
      },
      '/api/v1/calls/identify': {
        get: {
          operationId: 'identifyCaller',
          summary: 'Caller identification for the phone system; stores only an HMAC of the number (scope calls:identify)',
          parameters: queryParameters(identifyQuery),
          responses: { '200': { description: 'The organisation, contact, service-contract priority, support level and open items, or known: false', content: { 'application/json': { schema: { type: 'object' } } } }, ...errors(401, 403, 422, 429) },
        },
      },
      '/api/v1/register': {
        get: {
          operationId: 'register',
          summary: "Today's subprocessor register (scope register:read)",
          responses: { '200': { description: 'The register', content: { 'application/json': { schema: json(registerResponse) } } }, ...errors(401, 403, 429) },
        },
      },
    },
  };
}
