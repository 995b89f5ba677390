import { demoAccounts, demoProvider } from './demo-accounts';

// The fictitious provider behind the demo: its settings row and one staff user per staff role.

export const demoSettings = {
  providerName: demoProvider.name,
  providerAddress: 'Neckarstraße 42, 72622 Nürtingen, Deutschland',
  managingDirector: 'Carsten Nordmann',
  dpoName: 'Dr. Helga Sommer (extern, Sommer Datenschutzberatung)',
  dpoEmail: `dsb@${demoProvider.domain}`,
  supportEmail: demoAccounts.support,
  supportPhone: '+49 7022 90310-0',
  noticePeriodDays: 30,
  timeZone: 'Europe/Berlin',
  publicFeedEnabled: true,
} as const;

export type DemoStaffUser = {
  key: string;
  name: string;
  email: string;
  locale: 'de' | 'en';
  roles: ('privacy' | 'support' | 'admin')[];
};

export const demoStaff: DemoStaffUser[] = [
  { key: 'staff:privacy', name: 'Katrin Vogel', email: demoAccounts.privacy, locale: 'de', roles: ['privacy'] },
  { key: 'staff:support', name: 'Tobias Brandt', email: demoAccounts.support, locale: 'de', roles: ['support'] },
  { key: 'staff:admin', name: 'Miriam Albrecht', email: demoAccounts.admin, locale: 'de', roles: ['admin'] },
];
