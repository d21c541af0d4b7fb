import type { ComparedInputs, SideNames } from '../../core';
import { useCompareStore } from '../../state/compareStore';
import type { DiffReveal } from '../editor/diffEditorTypes';
import { LazyDiffEditor } from '../editor/LazyDiffEditor';

interface BodyDiffViewProps {
  bodyA: string;
  bodyB: string;
  language: ComparedInputs['language'];
  names: SideNames;
  reveal: DiffReveal | undefined;
}

/** Both bodies, formatted losslessly, in Monaco's diff view; keys sorted on request. */
export function BodyDiffView({ bodyA, bodyB, language, names, reveal }: BodyDiffViewProps) {
  const sortKeys = useCompareStore((s) => s.options.sortKeys);
  const setOptions = useCompareStore((s) => s.setOptions);
  const empty = bodyA === '' && bodyB === '';
  return (
    <section className="card body-diff" aria-label="Bodies side by side">
      <div className="toolbar">
        <h3>
          Bodies side by side{' '}
          <span className="count">
            ({names.a} → {names.b}
            {language === 'json' ? ', formatted' : ''})
          </span>
        </h3>
        <label className="toggle">
          <input
            type="checkbox"
            checked={sortKeys}
            onChange={(event) => setOptions({ sortKeys: event.target.checked })}
          />
          Sort keys
        </label>
      </div>
      {empty ? (
        <p className="muted">No body on either side.</p>
      ) : (
        <div className="body-diff-frame">
          <LazyDiffEditor
            original={bodyA}
            modified={bodyB}
            language={language}
            label="Bodies"
            reveal={reveal}
          />
        </div>
      )}
    </section>
  );
}
