import type { ResponseAnalysis } from '../../core';
import { useDiagnoseStore } from '../../state/diagnoseStore';
import { categoryClass } from './categoryClass';

/**
 * The timeline of a multi-response paste (interim 1xx, proxy CONNECT, redirect hops) or the entries
 * of a HAR file; picking one diagnoses it.
 */
export function ExchangePicker({ analysis }: { analysis: ResponseAnalysis }) {
  const selectExchange = useDiagnoseStore((s) => s.selectExchange);
  if (analysis.exchanges.length < 2) return null;
  const title = analysis.kind === 'har' ? `HAR entries (${analysis.exchanges.length})` : 'Timeline';
  return (
    <nav className="card exchange-picker" aria-label={title}>
      <h3>{title}</h3>
      <ol>
        {analysis.exchanges.map((e) => (
          <li key={e.index}>
            <button
              type="button"
              className={`exchange ${categoryClass(e.status)}`}
              aria-current={e.index === analysis.selectedIndex ? 'true' : undefined}
              onClick={() => selectExchange(e.index)}
            >
              <span className="code">{e.status === 0 ? '—' : e.status}</span>{' '}
              <span className="label">{e.label}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
