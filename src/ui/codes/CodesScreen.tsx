import { useState } from 'react';
import { countOf } from '../../state/knowledge';
import { useStatusSearch } from '../../state/useStatusSearch';
import { ClassRules } from './ClassRules';
import { CodeRow } from './CodeRow';
import { UnlistedCode } from './UnlistedCode';

/** #/codes: every code in the catalogue, searchable by number, name or words; rows open full guidance. */
export default function CodesScreen({ code }: { code?: string }) {
  const [query, setQuery] = useState('');
  const results = useStatusSearch(query);
  const openCode = code !== undefined ? Number(code) : undefined;
  return (
    <div className="codes-screen panel">
      <div className="toolbar">
        <h1>Status codes</h1>
        <input
          type="search"
          className="code-search"
          aria-label="Search status codes"
          data-shortcut="focus-input"
          placeholder='Search: 429, "gateway", "rate limit", "token", 5xx'
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span className="count">{countOf(results.length, 'code')}</span>
      </div>
      {/* A code asked for by the route or typed in full that has no row: its class, or why it is none. */}
      {query.trim() === '' && code !== undefined && <UnlistedCode code={code} />}
      {!results.some((r) => String(r.code) === query.trim()) && <UnlistedCode code={query} />}
      <ClassRules />
      <table className="codes-table">
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Name</th>
            <th scope="col">Meaning</th>
            <th scope="col">Typical cause</th>
            <th scope="col">First thing to do</th>
            <th scope="col">Retry?</th>
          </tr>
        </thead>
        <tbody>
          {results.map((status) => (
            <CodeRow key={status.code} status={status} initiallyOpen={status.code === openCode} />
          ))}
        </tbody>
      </table>
      {results.length === 0 && (
        <p className="muted">
          No code in the catalogue matches “{query}”
          {/^\s*\d{1,4}\s*$/.test(query) ? ': see above for what it means.' : '.'}
        </p>
      )}
    </div>
  );
}
