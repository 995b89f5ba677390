import type { Row } from './types';

// Rows for the 'notices' area: every page, route handler and server action it adds.
export const noticesRows: Row[] = [];
