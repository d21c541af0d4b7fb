import type { StepAction } from '../../core';

/** Where each kind of step action leads in this app: the core names the action, the UI the route. */
const ACTION_LINKS: Record<StepAction['kind'], { href: string; label: string }> = {
  'validate-json': { href: '#/json', label: 'Open the JSON validator' },
  'compare-responses': { href: '#/compare', label: 'Open Compare' },
};

/** The link that carries out a next step's action. */
export function StepActionLink({ action }: { action: StepAction }) {
  const link = ACTION_LINKS[action.kind];
  return (
    <a className="step-action" href={link.href}>
      {link.label}
    </a>
  );
}
