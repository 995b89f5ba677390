import { describe, expect, it } from 'vitest';
import { dpaStatus } from './dpa-status';

describe('dpaStatus', () => {
  it('is current when the active agreement is on the newest published version', () => {
    expect(dpaStatus({ eligible: true, activeAgreementVersion: 3, currentVersion: 3 })).toBe('current');
  });

  it('is outdated when a newer version has been published since signing', () => {
    expect(dpaStatus({ eligible: true, activeAgreementVersion: 2, currentVersion: 3 })).toBe('outdated');
  });

  it('is none for an eligible organisation without an active agreement', () => {
    expect(dpaStatus({ eligible: true, activeAgreementVersion: null, currentVersion: 3 })).toBe('none');
  });

  it('is not_eligible without an agreement and without a personal-data service', () => {
    expect(dpaStatus({ eligible: false, activeAgreementVersion: null, currentVersion: 3 })).toBe('not_eligible');
  });

  it('keeps an active agreement in force after the eligible contracts ended', () => {
    expect(dpaStatus({ eligible: false, activeAgreementVersion: 3, currentVersion: 3 })).toBe('current');
    expect(dpaStatus({ eligible: false, activeAgreementVersion: 1, currentVersion: 3 })).toBe('outdated');
  });

  it('does not call an agreement outdated while no version is published', () => {
    expect(dpaStatus({ eligible: true, activeAgreementVersion: 1, currentVersion: null })).toBe('current');
  });
});
