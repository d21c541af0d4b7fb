import type { ResponseDiff, SideNames } from '../../core';
import { statusText } from '../../state/compareText';
import { describeStatus } from '../../state/knowledge';
import { categoryClass } from '../diagnose/categoryClass';

type Side = 'a' | 'b';

function StatusCell({ status, side, name }: { status: ResponseDiff['status']; side: Side; name: string }) {
  const code = status[side];
  if (code === 0) {
    return (
      <div className="status-side cat-invalid" data-form={status.sides?.[side].form ?? 'no-response'}>
        <span className="side-name-label">{name}</span>
        <span className="muted">{statusText(status, side)}</span>
      </div>
    );
  }
  const info = describeStatus(code);
  return (
    <div className={`status-side ${categoryClass(info.category)}`} data-form="response">
      <span className="side-name-label">{name}</span>
      <span className="status-code">{code}</span>
      <span className="status-name">{info.name}</span>
    </div>
  );
}

/** The two statuses next to each other, with their registered names (or what stands instead). */
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
        <StatusCell status={status} side="a" name={names.a} />
        <span className="status-arrow" aria-label={status.changed ? 'differs from' : 'same as'}>
          {status.changed ? '≠' : '='}
        </span>
        <StatusCell status={status} side="b" name={names.b} />
      </div>
    </section>
  );
}
