import type { StatusCategory } from '../../core';
import { describeClass } from '../../state/knowledge';

const CLASSES: StatusCategory[] = ['success', 'redirection', 'client-error', 'server-error'];

/** The class rule of thumb, each with the exceptions that make it only a rule of thumb. */
export function ClassRules() {
  return (
    <details className="class-rules">
      <summary>The rule of thumb by class, and its exceptions</summary>
      <ul>
        {CLASSES.map((category) => {
          const guidance = describeClass(category);
          return (
            <li key={category}>
              <strong>{guidance.title}:</strong> {guidance.rule}
              {guidance.exceptions.length > 0 && (
                <ul>
                  {guidance.exceptions.map((e, i) => (
                    <li key={i}>{e}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
