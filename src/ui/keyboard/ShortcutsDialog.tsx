import { Modal } from '../common/Modal';
import { SHORTCUTS, shortcutLabel } from './shortcuts';

const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.userAgent);

/** The `?` overlay: every shortcut, and how to leave an editor. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const mac = isMac();
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} className="shortcuts-dialog">
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.id}>
              <td>
                <kbd>{shortcutLabel(s, mac)}</kbd>
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Esc</kbd> then <kbd>Tab</kbd>
            </td>
            <td>Leave a code editor (Tab alone indents); Shift+Tab goes back</td>
          </tr>
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>Close this or any dialog</td>
          </tr>
        </tbody>
      </table>
    </Modal>
  );
}
