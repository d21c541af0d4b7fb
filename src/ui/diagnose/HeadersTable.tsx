import type { Header } from '../../core';
import { describeHeader } from '../../state/knowledge';

/** Headers exactly as received: order, case and repeats kept; a short meaning for common ones. */
export function HeadersTable({ headers, title }: { headers: readonly Header[]; title: string }) {
  return (
    <section className="card headers" aria-label={title}>
      <h3>
        {title} <span className="count">({headers.length})</span>
      </h3>
      {headers.length === 0 ? (
        <p className="muted">No headers.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {headers.map((h, i) => (
              <tr key={i}>
                <td className="header-name">{h.name}</td>
                <td className="header-value">{h.value}</td>
                <td className="header-meaning">{describeHeader(h.name) ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
