import type { ReactNode } from 'react';
import type { JsonWarning, JsonWarningGroup } from '../../core';

interface JsonWarningGroupsProps {
  groups: readonly JsonWarningGroup[];
  /** What a listed warning says: its position(s), which each screen links to its own view. */
  renderWarning: (warning: JsonWarning) => ReactNode;
  listClassName?: string;
}

/** The check's warnings by kind: a title with the true count, then the listed ones. */
export function JsonWarningGroups({ groups, renderWarning, listClassName }: JsonWarningGroupsProps) {
  return groups.map((group) => (
    <div key={group.kind} className="json-warning-group" data-warning-group={group.kind}>
      <h4>
        {group.title}
        {group.listed.length < group.total && (
          <span className="count"> (the first {group.listed.length} are listed)</span>
        )}
      </h4>
      <ul className={listClassName ? `json-warnings ${listClassName}` : 'json-warnings'}>
        {group.listed.map((warning, i) => (
          <li key={i} className="problem problem-warning" data-warning={warning.kind}>
            {renderWarning(warning)}
          </li>
        ))}
      </ul>
    </div>
  ));
}
