import type { Row } from './types';

// Rows for the 'versions' area: every page, route handler and server action it adds.
export const versionsRows: Row[] = [];
