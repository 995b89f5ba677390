import { describe, expect, it } from 'vitest';
import { decideSupportLevel, supportActions } from './decide-support-level';

const agreement = (...serviceCodes: string[]) => ({ id: 'a1', serviceCodes });

describe('decideSupportLevel', () => {
  it('allows every support action with an active agreement covering a booked processing service', () => {
    const result = decideSupportLevel({ agreement: agreement('webhosting', 'email'), processingServiceCodes: ['email'] });
    expect(result).toMatchObject({ level: 'full', reason: 'covered', agreementId: 'a1' });
    expect(result.actions.map((a) => a.action)).toEqual([...supportActions]);
    expect(result.actions.every((a) => a.allowed)).toBe(true);
  });

  it('allows only advice without an active agreement, saying why', () => {
    const result = decideSupportLevel({ agreement: null, processingServiceCodes: ['email'] });
    expect(result.level).toBe('advice_only');
    expect(result.actions).toEqual([
      { action: 'advice', allowed: true, reason: 'advice_always' },
      { action: 'log_analysis', allowed: false, reason: 'no_agreement' },
      { action: 'remote_support', allowed: false, reason: 'no_agreement' },
      { action: 'software_installation', allowed: false, reason: 'no_agreement' },
      { action: 'monitoring', allowed: false, reason: 'no_agreement' },
    ]);
  });

  it('is not full support when the agreement no longer covers any active processing contract', () => {
    for (const processingServiceCodes of [[], ['monitoring']]) {
      const result = decideSupportLevel({ agreement: agreement('webhosting'), processingServiceCodes });
      expect(result.level).toBe('advice_only');
      expect(result.reason).toBe('agreement_not_covering');
      expect(result.actions.filter((a) => a.allowed).map((a) => a.action)).toEqual(['advice']);
    }
  });
});
