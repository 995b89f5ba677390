import type { Row } from './types';

// Rows for the 'verify' area: every page, route handler and server action it adds.
export const verifyRows: Row[] = [];
