import { describe, expect, it } from 'vitest';
import { supportActions, supportLevel } from './support-level';

describe('supportLevel', () => {
  it('allows every support action with an active agreement', () => {
    const result = supportLevel({ hasActiveAgreement: true });
    expect(result.level).toBe('full');
    expect(result.actions.map((a) => a.action)).toEqual([...supportActions]);
    expect(result.actions.every((a) => a.allowed)).toBe(true);
  });

  it('allows only advice without an active agreement', () => {
    const result = supportLevel({ hasActiveAgreement: false });
    expect(result.level).toBe('advice_only');
    expect(result.actions).toEqual([
      { action: 'advice', allowed: true },
      { action: 'log_analysis', allowed: false },
      { action: 'remote_support', allowed: false },
      { action: 'software_installation', allowed: false },
      { action: 'monitoring', allowed: false },
    ]);
  });
});
