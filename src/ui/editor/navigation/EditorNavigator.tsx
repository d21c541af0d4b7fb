import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  looksLikeJsonDocument,
  useGoTo,
  useJsonStructure,
  useLineStarts,
  usePathAt,
} from '../../../state/documentNavigation';
import type { CodeEditorProps } from '../editorTypes';
import { FindBar } from './FindBar';
import { NavigationBar } from './NavigationBar';
import type { EditorViewHandle, ViewNavigation } from './navigationTypes';
import { useFind } from './useFind';

interface EditorNavigatorProps {
  editor: CodeEditorProps;
  /** True when the large-document view shows the text (it has no find of its own). */
  large: boolean;
  renderView: (navigation: ViewNavigation) => ReactNode;
}

/**
 * Wraps an editor view with navigation: find (the large view's own bar; Monaco's widget otherwise),
 * go to a line or a JSON path (Ctrl+G), the JSON path of the cursor to copy, folding and an outline.
 * The same controls above every editor; the view only selects, folds and reports its cursor.
 */
export function EditorNavigator({ editor, large, renderView }: EditorNavigatorProps) {
  const { value, language } = editor;
  const json = value !== '' && (language === 'json' || looksLikeJsonDocument(value));
  const structure = useJsonStructure(value, json);
  const starts = useLineStarts(value, large);
  const { goTo, goToPath } = useGoTo();
  const handleRef = useRef<EditorViewHandle | null>(null);
  const goToInput = useRef<HTMLInputElement | null>(null);
  const [cursor, setCursor] = useState<number>();
  const [findFocus, setFindFocus] = useState<object>({});
  const find = useFind(value, handleRef, cursor);
  const path = usePathAt(value, structure, cursor);

  const openFind = () => {
    if (handleRef.current?.openOwnFind()) return;
    find.setOpen(true);
    setFindFocus({});
  };
  const closeFind = () => {
    find.setOpen(false);
    handleRef.current?.focus();
  };
  const go = (start: number, end: number) => {
    handleRef.current?.select(start, end);
    handleRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && !event.shiftKey && key === 'g') {
      event.preventDefault();
      goToInput.current?.focus();
      goToInput.current?.select();
    } else if (large && mod && !event.shiftKey && key === 'f') {
      event.preventDefault();
      openFind();
    } else if (large && event.key === 'F3') {
      event.preventDefault();
      if (find.open && find.query.text !== '') find.step(event.shiftKey ? -1 : 1);
      else openFind();
    }
  };

  const navigation: ViewNavigation = {
    handleRef,
    onCursor: setCursor,
    onGoToRequest: () => goToInput.current?.focus(),
    ...(structure && { structure }),
    ...(starts && { starts }),
    ...(find.highlights && { highlights: find.highlights }),
  };

  return (
    <div className="navigable-editor" style={{ height: editor.height ?? '100%' }} onKeyDown={onKeyDown}>
      {value !== '' && (
        <NavigationBar
          text={value}
          json={json}
          structure={structure}
          path={json ? path : undefined}
          goToInput={goToInput}
          resolveGoTo={(input) => goTo(value, input, structure, starts)}
          onFind={openFind}
          onGo={go}
          onGoToPath={(segments) => {
            if (!structure) return;
            void goToPath(value, structure, segments).then((result) => {
              if (result?.ok) go(result.start, result.end);
            });
          }}
          onFold={(depth) => handleRef.current?.foldAtDepth(depth)}
          onUnfoldAll={() => handleRef.current?.unfoldAll()}
          onEscape={() => handleRef.current?.focus()}
        />
      )}
      {large && find.open && <FindBar find={find} focusRequest={findFocus} onClose={closeFind} />}
      <div className="navigable-view">{renderView(navigation)}</div>
    </div>
  );
}
