import { useMemo, useState, type RefObject } from 'react';
import type { JsonPathSegment, JsonStructure } from '../../../core';
import { deepestFoldableDepth, type GoToResult, useJsonOutline } from '../../../state/documentNavigation';
import { FoldControl } from './FoldControl';
import { GoToField } from './GoToField';
import { JsonPathBar } from './JsonPathBar';
import { OutlinePanel } from './OutlinePanel';

export interface NavigationBarProps {
  text: string;
  json: boolean;
  structure: JsonStructure | undefined;
  path: JsonPathSegment[] | undefined;
  goToInput: RefObject<HTMLInputElement | null>;
  resolveGoTo: (input: string) => Promise<GoToResult | undefined>;
  onFind: () => void;
  onGo: (start: number, end: number) => void;
  onGoToPath: (segments: JsonPathSegment[]) => void;
  onFold: (depth: number) => void;
  onUnfoldAll: () => void;
  onEscape: () => void;
}

/** Above every editor: find, go to, and for JSON the cursor's path, folding and the outline. */
export function NavigationBar(props: NavigationBarProps) {
  const { text, json, structure } = props;
  const [outlineOpen, setOutlineOpen] = useState(false);
  const outline = useJsonOutline(text, structure, outlineOpen);
  const deepest = useMemo(() => (structure ? deepestFoldableDepth(structure) : 0), [structure]);
  return (
    <div className="navigation-bar" role="toolbar" aria-label="Navigate the document">
      <button type="button" onClick={props.onFind} title="Find in the document (Ctrl+F)">
        Find
      </button>
      <GoToField
        inputRef={props.goToInput}
        json={json}
        resolve={props.resolveGoTo}
        onGo={props.onGo}
        onEscape={props.onEscape}
      />
      {json && (
        <>
          {deepest > 0 && (
            <FoldControl deepest={deepest} onFold={props.onFold} onUnfoldAll={props.onUnfoldAll} />
          )}
          <button type="button" aria-expanded={outlineOpen} onClick={() => setOutlineOpen(!outlineOpen)}>
            Outline
          </button>
          <JsonPathBar path={props.path} onGoTo={props.onGoToPath} />
          {outlineOpen && (
            <OutlinePanel
              outline={outline}
              onGoTo={(segments) => {
                setOutlineOpen(false);
                props.onGoToPath(segments);
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
