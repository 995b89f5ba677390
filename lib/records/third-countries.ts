// The EU member states and the other EEA states (Iceland, Liechtenstein, Norway): a transfer to a
// recipient anywhere else is a transfer to a third country (Chapter V GDPR) and goes into the record
// with its safeguard. The register's safeguard alone does not say it: 'adequacy' is still a third country.
const EU_EEA = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT',
  'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
  'IS', 'LI', 'NO',
]);

export function isThirdCountry(country: string): boolean {
  return !EU_EEA.has(country.toUpperCase());
}
