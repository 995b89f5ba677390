// GET /api/v1/openapi.json - the OpenAPI 3.1 document of the token API, generated from its zod schemas (public)
import { NextResponse } from 'next/server';
import { openApiDocument } from '@/lib/api/openapi';
import { env } from '@/lib/env';

export function GET() {
  return NextResponse.json(openApiDocument(env().APP_URL));
}
