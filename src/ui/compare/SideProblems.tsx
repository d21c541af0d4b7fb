import type { SideNames } from '../../core';

/** What went wrong reading each side (not a response, truncated, unusual framing). */
export function SideProblems({
  problemsA,
  problemsB,
  names,
}: {
  problemsA: readonly string[];
  problemsB: readonly string[];
  names: SideNames;
}) {
  if (problemsA.length === 0 && problemsB.length === 0) return null;
  const sides = [
    { key: 'a', name: names.a, problems: problemsA },
    { key: 'b', name: names.b, problems: problemsB },
  ].filter((s) => s.problems.length > 0);
  return (
    <section className="card side-problems" aria-label="Input problems">
      {sides.map((s) => (
        <div key={s.key}>
          <h4>Reading {s.name}</h4>
          <ul className="problems">
            {s.problems.map((message, i) => (
              <li key={i} className="problem problem-warning">
                {message}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
