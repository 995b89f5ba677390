// Lengths of the objection texts, for the forms' counters and the schemas. Without zod, so a
// client form can show them without loading the schemas (they come with the first submit).
export const REASON_MIN = 10;
export const REASON_MAX = 4000;
export const NOTE_MAX = 4000;
