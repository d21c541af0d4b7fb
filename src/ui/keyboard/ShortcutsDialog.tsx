import { Fragment } from 'react';
import { Modal } from '../common/Modal';
import { EDITOR_KEYS, SHORTCUTS, shortcutLabel } from './shortcuts';

const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.userAgent);

function Keys({ keys }: { keys: readonly string[] }) {
  return keys.map((key, i) => (
    <Fragment key={key}>
      {i > 0 && ' / '}
      <kbd>{key}</kbd>
    </Fragment>
  ));
}

/** The `?` overlay: every shortcut, the keys the editors understand, and how to leave an editor. */
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
          <tr>
            <th scope="rowgroup" colSpan={2}>
              Anywhere
            </th>
          </tr>
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
              <kbd>Esc</kbd>
            </td>
            <td>Close this or any dialog</td>
          </tr>
        </tbody>
        <tbody>
          <tr>
            <th scope="rowgroup" colSpan={2}>
              In an editor
            </th>
          </tr>
          {EDITOR_KEYS.map((k) => (
            <tr key={k.description}>
              <td>
                <Keys keys={mac ? k.mac : k.pc} />
              </td>
              <td>{k.description}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Esc</kbd> then <kbd>Tab</kbd>
            </td>
            <td>Leave the editor (Tab alone indents); Shift+Tab goes back</td>
          </tr>
        </tbody>
      </table>
    </Modal>
  );
}
