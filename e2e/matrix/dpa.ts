import type { Row } from './types';

// Rows for the 'dpa' area: every page, route handler and server action it adds.
export const dpaRows: Row[] = [];
