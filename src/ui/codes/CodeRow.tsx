import { useEffect, useRef, useState } from 'react';
import type { StatusInfo } from '../../core';
import { categoryClass } from '../diagnose/categoryClass';
import { StatusDetails } from './StatusDetails';
import { retryVerdictLabel } from '../../state/knowledge';

export function CodeRow({ status, initiallyOpen }: { status: StatusInfo; initiallyOpen: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const toggle = useRef<HTMLButtonElement>(null);
  // A link into the reference (#/codes/429) lands on the code: scrolled into view and focused.
  useEffect(() => {
    if (!initiallyOpen || !toggle.current) return;
    toggle.current.scrollIntoView?.({ block: 'center' });
    toggle.current.focus({ preventScroll: true });
  }, [initiallyOpen]);
  return (
    <>
      <tr className={`code-row ${categoryClass(status.category)}`} data-code={status.code}>
        <td>
          <button
            ref={toggle}
            type="button"
            className="code-toggle"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {status.code}
          </button>
        </td>
        <td>
          <span className="code-name">{status.name}</span>
          {!status.registered && <span className="vendor-tag"> {status.vendor ?? 'unregistered'}</span>}
          {/* Narrow windows have no room for the Retry? column: the verdict shows here instead. */}
          {status.retry.verdict !== 'not-applicable' && (
            <span className={`verdict-badge verdict-${status.retry.verdict}`}>
              Retry: {retryVerdictLabel(status.retry.verdict, 'short')}
            </span>
          )}
        </td>
        <td>{status.summary}</td>
        <td className="code-cause">{status.causes[0] ?? ''}</td>
        <td className="code-handling">{status.handling[0] ?? ''}</td>
        <td className={`verdict-cell verdict-${status.retry.verdict}`}>
          {retryVerdictLabel(status.retry.verdict, 'short')}
        </td>
      </tr>
      {open && (
        <tr className="code-details-row">
          <td colSpan={6}>
            <StatusDetails status={status} />
          </td>
        </tr>
      )}
    </>
  );
}
