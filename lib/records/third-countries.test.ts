import { describe, expect, it } from 'vitest';
import { isThirdCountry } from './third-countries';

describe('isThirdCountry', () => {
  it('treats EU and EEA states as inside, everything else (also with an adequacy decision) as third countries', () => {
    for (const country of ['DE', 'DK', 'IE', 'NO', 'LI', 'IS', 'de']) expect(isThirdCountry(country), country).toBe(false);
    for (const country of ['US', 'CH', 'GB', 'JP', 'IN']) expect(isThirdCountry(country), country).toBe(true);
  });
});
