import { useCompareStore, type CompareSideId } from './compareStore';
import { useDiagnoseStore } from './diagnoseStore';
import { historyActions } from './history/historyStore';
import { useJsonStore } from './jsonStore';

/**
 * Loading a whole text from somewhere (a file, an example) as a new paste: it becomes a new history
 * entry titled by where it came from, and the text it replaces stays in the history.
 */

/** The name a side gets from a file: "staging.http" → "staging". */
export function sideNameOf(fileName: string): string {
  return fileName.replace(/\.(har|json|http|rest|txt|log|out|curl)$/i, '').slice(0, 60) || fileName;
}

export function loadDiagnoseInput(text: string, source: string): void {
  historyActions.loadAsNew('diagnose', source, () => useDiagnoseStore.getState().setInput(text));
}

/** On the JSON screen a loaded text replaces the input with Undo, as Format does. */
export function loadJsonInput(text: string, source: string): void {
  historyActions.loadAsNew('json', source, () => useJsonStore.getState().replaceInput(text, 'Open file'));
}

/**
 * Files opened on Compare: two fill A and B (in the order given), one fills the side it was opened on.
 * Each side is named after its file.
 */
export function loadCompareFiles(
  files: readonly { name: string; text: string }[],
  side: CompareSideId,
): void {
  const [first, second] = files;
  if (!first) return;
  const store = useCompareStore.getState();
  const source = second ? `${first.name} ↔ ${second.name}` : first.name;
  historyActions.loadAsNew('compare', source, () => {
    if (second) {
      store.setBoth(
        { input: first.text, name: sideNameOf(first.name) },
        { input: second.text, name: sideNameOf(second.name) },
      );
    } else {
      store.setInput(side, first.text);
      store.setName(side, sideNameOf(first.name));
    }
  });
}
