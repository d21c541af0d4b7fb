import { useCompareStore, type ArrayKeyMode } from '../../state/compareStore';
import { countOf } from '../../state/knowledge';
import { comparisonOptions } from '../../state/useComparison';

/** What to treat as noise: ignored headers and body paths, how array items are matched. */
export function CompareOptionsPanel() {
  const options = useCompareStore((s) => s.options);
  const setOptions = useCompareStore((s) => s.setOptions);
  const resetIgnoredHeaders = useCompareStore((s) => s.resetIgnoredHeaders);
  // The counts of what the comparison really ignores, read as the core is given it.
  const { ignoreHeaders = [], ignorePaths = [] } = comparisonOptions(options);
  const headerCount = ignoreHeaders.length;
  const pathCount = ignorePaths.length;
  const keyLabel =
    options.arrayKeyMode === 'custom' ? `"${options.customArrayKey.trim() || 'auto'}"` : options.arrayKeyMode;

  return (
    <details className="card compare-options">
      <summary>
        Comparison options{' '}
        <span className="muted">
          ({countOf(headerCount, 'ignored header')} · {countOf(pathCount, 'ignored path')} · array key{' '}
          {keyLabel}
          {options.ignoreArrayOrder ? ' · array order ignored' : ''})
        </span>
      </summary>
      <div className="options-grid">
        <label className="option-block">
          <span className="option-title">Ignored headers</span>
          <span className="muted">One per line; compared but set aside as noise (case does not matter).</span>
          <textarea
            aria-label="Ignored headers"
            rows={6}
            spellCheck={false}
            value={options.ignoreHeaders}
            onChange={(event) => setOptions({ ignoreHeaders: event.target.value })}
          />
          <button type="button" className="link-button" onClick={resetIgnoredHeaders}>
            Reset to the default list
          </button>
        </label>
        <label className="option-block">
          <span className="option-title">Ignored body paths</span>
          <span className="muted">
            One JSON Pointer per line; <code>*</code> matches one segment, e.g.{' '}
            <code>/items/*/updatedAt</code>.
          </span>
          <textarea
            aria-label="Ignored body paths"
            rows={6}
            spellCheck={false}
            placeholder="/items/*/updatedAt"
            value={options.ignorePaths}
            onChange={(event) => setOptions({ ignorePaths: event.target.value })}
          />
        </label>
        <div className="option-block">
          <label className="option-title" htmlFor="compare-array-key">
            Match array items by
          </label>
          <div className="option-row">
            <select
              id="compare-array-key"
              value={options.arrayKeyMode}
              onChange={(event) => setOptions({ arrayKeyMode: event.target.value as ArrayKeyMode })}
            >
              <option value="auto">a detected key (id, _id, uuid, key, name)</option>
              <option value="none">position only</option>
              <option value="custom">this key…</option>
            </select>
            {options.arrayKeyMode === 'custom' && (
              <input
                aria-label="Array key"
                placeholder="sku"
                value={options.customArrayKey}
                onChange={(event) => setOptions({ customArrayKey: event.target.value })}
              />
            )}
          </div>
          <label className="option-row">
            <input
              type="checkbox"
              checked={options.ignoreArrayOrder}
              onChange={(event) => setOptions({ ignoreArrayOrder: event.target.checked })}
            />
            Ignore array order (compare arrays as sets)
          </label>
        </div>
      </div>
    </details>
  );
}
