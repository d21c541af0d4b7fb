import type { ComparedInputs, SideNames } from '../../core';
import { useCompareStore } from '../../state/compareStore';
import { countOf } from '../../state/knowledge';
import { SideBySideView, type ChangeSelection } from './SideBySideView';

interface BodyDiffViewProps {
  result: ComparedInputs;
  names: SideNames;
  selected: ChangeSelection | undefined;
}

/** The changed regions of both bodies side by side, formatted losslessly; keys sorted on request. */
export function BodyDiffView({ result, names, selected }: BodyDiffViewProps) {
  const sortKeys = useCompareStore((s) => s.options.sortKeys);
  const setOptions = useCompareStore((s) => s.setOptions);
  const { regions, regionsLeftOut, diff } = result;
  const json = diff.body.kind === 'json';
  return (
    <section className="card body-diff" aria-label="Bodies side by side">
      <div className="toolbar">
        <h3>
          Changed regions side by side{' '}
          <span className="count">
            ({names.a} → {names.b}
            {json ? ', formatted' : ''})
          </span>
        </h3>
        {json && (
          <label className="toggle">
            <input
              type="checkbox"
              checked={sortKeys}
              onChange={(event) => setOptions({ sortKeys: event.target.checked })}
            />
            Sort keys
          </label>
        )}
      </div>
      {regions.length === 0 ? (
        <p className="muted">
          {diff.body.kind === 'none' ? 'No body on either side.' : 'Nothing differs in the bodies.'}
        </p>
      ) : (
        <>
          <p className="muted sbs-intro">
            Each change is shown in the item that holds it
            {json ? ' (matched by key or by value, moved items face each other)' : ''}; unchanged parts are
            left out.
          </p>
          <SideBySideView regions={regions} changes={diff.body.changes} names={names} selected={selected} />
        </>
      )}
      {regionsLeftOut > 0 && (
        <p className="notice">
          {countOf(regionsLeftOut, 'more change')} {regionsLeftOut === 1 ? 'is' : 'are'} listed above but not
          shown side by side.
        </p>
      )}
    </section>
  );
}
