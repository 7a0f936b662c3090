import { isZwgkError } from '@zwgk/core';
import { describe, expect, it } from 'vitest';
import type { CatalogueProfile } from '../model.js';
import { validateCatalogueSync } from '../validator.js';
import { nationalProfile } from './national.js';
import { defineProfile, getProfile, listProfiles, registerProfile } from './registry.js';

describe('catalogue profiles', () => {
  it('has the national profile with art. 20 items and 指南, 制度, 年报', () => {
    expect(getProfile('national')).toBe(nationalProfile);
    expect(nationalProfile.requiredColumns.map((c) => c.id)).toEqual(
      expect.arrayContaining(['regulations', 'budgets', 'civil-service', 'guide', 'system', 'annual-report']),
    );
    expect(nationalProfile.requiredColumns).toHaveLength(17);
  });

  it('registers a county profile that changes settings and adds a column', () => {
    const county: CatalogueProfile = {
      ...nationalProfile,
      name: 'test-county',
      requiredColumns: [
        ...nationalProfile.requiredColumns,
        { id: 'village', label: '村务公开', labelEn: 'Village affairs', names: ['村务'] },
      ],
      settings: { maxDepth: 2 },
    };
    registerProfile(county);
    expect(listProfiles()).toContain('test-county');
    const report = validateCatalogueSync(
      [
        { type: 'column', id: 'a', name: '甲', parent: null, kind: 'group' },
        { type: 'column', id: 'b', name: '乙', parent: 'a', kind: 'group' },
        { type: 'column', id: 'c', name: '丙', parent: 'b', kind: 'group' },
      ],
      { asOf: '2024-12-31', profile: 'test-county' },
    );
    expect(report.stats.profile).toBe('test-county');
    expect(report.findings.some((f) => f.rule === 'depth-exceeded')).toBe(true);
    expect(report.findings.some((f) => f.data?.requirement === 'village')).toBe(true);
  });

  it('rejects a malformed profile naming it, and an unknown name', () => {
    const bad = {
      name: 'broken',
      requiredColumns: [{ id: 'x' }],
      interpretationDocTypes: [],
    } as unknown as CatalogueProfile;
    expect(() => defineProfile(bad)).toThrow(/"broken".*requiredColumns\[0\]/);
    try {
      getProfile('nowhere');
    } catch (error) {
      expect(isZwgkError(error) && error.code).toBe('not-found');
    }
    expect(() => getProfile('nowhere')).toThrow(/known: .*national/);
  });
});
