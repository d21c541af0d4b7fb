import { UpdateNotice } from '../offline/UpdateNotice';
import { ThemeSelect } from '../theme/ThemeSelect';
import { ROUTES, type Route } from '../useHashRoute';

export function TopBar({ route, onShowShortcuts }: { route: Route; onShowShortcuts: () => void }) {
  return (
    <header className="top-bar">
      <a className="brand" href="#/">
        Triage
      </a>
      <nav aria-label="Screens">
        {ROUTES.map((r) => (
          <a key={r.route} href={r.hash} aria-current={r.route === route ? 'page' : undefined}>
            {r.title}
          </a>
        ))}
      </nav>
      <span
        className="privacy-badge"
        title="No network access: the page's security policy forbids every connection."
      >
        Offline · nothing leaves this tab
      </span>
      <UpdateNotice />
      <ThemeSelect />
      <button
        type="button"
        className="shortcuts-button"
        onClick={onShowShortcuts}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        ?
      </button>
    </header>
  );
}
