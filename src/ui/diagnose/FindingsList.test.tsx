// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../core';
import { FindingsList } from './FindingsList';

afterEach(cleanup);

const finding = (detail: string): Finding => ({
  id: 'error-message',
  severity: 'error',
  title: 'The body explains the failure',
  detail,
  data: { message: 'x', shape: 'google' },
});

describe('FindingsList', () => {
  it('makes the http(s) URL in a detail a link that opens without a referrer', () => {
    render(<FindingsList findings={[finding('Documentation: https://docs.example.com/limits.')]} />);
    const link = screen.getByRole('link', { name: 'https://docs.example.com/limits' });
    expect(link).toHaveAttribute('href', 'https://docs.example.com/limits');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noreferrer'));
  });

  it('leaves any other scheme as text', () => {
    render(<FindingsList findings={[finding('Documentation: javascript:alert(1)')]} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Documentation: javascript:alert(1)')).toBeInTheDocument();
  });
});
