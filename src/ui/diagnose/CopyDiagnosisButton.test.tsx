// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeInput } from '../../core';
import { CopyDiagnosisButton } from './CopyDiagnosisButton';

afterEach(cleanup);

describe('CopyDiagnosisButton', () => {
  it('offers the report for a body-only paste, which has no diagnosis (QA report 1, item 29b)', () => {
    render(<CopyDiagnosisButton analysis={analyzeInput('{"results":[]}')} />);
    expect(screen.getByRole('button', { name: /Copy report/ })).toBeInTheDocument();
  });

  it('offers nothing for text it could not read', () => {
    const { container } = render(<CopyDiagnosisButton analysis={analyzeInput('')} />);
    expect(container).toBeEmptyDOMElement();
  });
});
