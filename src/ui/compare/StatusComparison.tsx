import type { ResponseDiff, SideNames } from '../../core';
import { describeStatus } from '../../state/knowledge';
import { categoryClass } from '../diagnose/categoryClass';

function StatusCell({ code, name }: { code: number; name: string }) {
  if (code === 0) {
    return (
      <div className="status-side cat-invalid">
        <span className="side-name-label">{name}</span>
        <span className="muted">no status line (body only)</span>
      </div>
    );
  }
  const status = describeStatus(code);
  return (
    <div className={`status-side ${categoryClass(status.category)}`}>
      <span className="side-name-label">{name}</span>
      <span className="status-code">{code}</span>
      <span className="status-name">{status.name}</span>
    </div>
  );
}

/** The two statuses next to each other, with their registered names. */
export function StatusComparison({ status, names }: { status: ResponseDiff['status']; names: SideNames }) {
  return (
    <section
      className={`card status-compare ${status.changed ? 'change-changed' : 'change-unchanged'}`}
      aria-label="Status"
    >
      <h3>
        Status <span className="change-badge">{status.changed ? 'differs' : 'same'}</span>
      </h3>
      <div className="status-row">
        <StatusCell code={status.a} name={names.a} />
        <span className="status-arrow" aria-label="versus">
          {status.changed ? '≠' : '='}
        </span>
        <StatusCell code={status.b} name={names.b} />
      </div>
    </section>
  );
}
