import type { Row } from './types';

// Rows for the 'objections' area: every page, route handler and server action it adds.
export const objectionsRows: Row[] = [];
