import { describe, expect, it } from 'vitest';
import type { Finding } from '../types';
import { runFinderSafely } from './runFinderSafely';

describe('runFinderSafely', () => {
  it('passes the findings through', () => {
    const finding: Finding = {
      id: 'allow',
      severity: 'info',
      title: 't',
      detail: 'd',
      data: { methods: ['GET'] },
    };
    expect(runFinderSafely(() => [finding], 1, 'this response')).toEqual([finding]);
  });

  it('reports a throwing finder instead of throwing', () => {
    function findBroken(): Finding[] {
      throw new Error('boom');
    }
    const [f] = runFinderSafely(findBroken, undefined, 'this recording');
    expect(f).toMatchObject({ id: 'diagnosis-incomplete', severity: 'info', data: { check: 'findBroken' } });
    expect(f?.detail).toContain('could not read this recording');
    expect(f?.detail).toContain('boom');
  });
});
