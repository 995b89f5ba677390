/** The support actions that need a DPA and are recorded as sessions (advice never is). */
export const sessionActions = ['remote_support', 'log_analysis', 'software_installation', 'monitoring'] as const;
export type SessionAction = (typeof sessionActions)[number];
