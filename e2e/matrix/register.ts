import type { Row } from './types';

// Rows for the 'register' area: every page, route handler and server action it adds.
export const registerRows: Row[] = [];
