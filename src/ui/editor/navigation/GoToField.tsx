import { useState, type RefObject } from 'react';
import type { GoToResult } from '../../../state/documentNavigation';

interface GoToFieldProps {
  inputRef: RefObject<HTMLInputElement | null>;
  /** Whether paths are offered (JSON documents); lines always are. */
  json: boolean;
  /** Resolves to undefined when a newer Go to replaced this one. */
  resolve: (input: string) => Promise<GoToResult | undefined>;
  onGo: (start: number, end: number) => void;
  onEscape: () => void;
}

/** "Go to": a line (and column), or a JSON Pointer or path in a JSON document. Ctrl+G focuses it. */
export function GoToField({ inputRef, json, resolve, onGo, onEscape }: GoToFieldProps) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string>();
  const hint = json ? 'line or path' : 'line';
  return (
    <span className="goto-field">
      <input
        ref={inputRef}
        type="text"
        aria-label={json ? 'Go to a line, a JSON Pointer or a path' : 'Go to line'}
        title={`${json ? 'Go to a line (120 or 120:8), a JSON Pointer (/data/3/items) or a path (data[3].items)' : 'Go to a line (120 or 120:8)'}. Ctrl+G`}
        placeholder={`Go to ${hint}`}
        value={text}
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          setMessage(undefined);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            setMessage(undefined);
            onEscape();
            return;
          }
          if (event.key !== 'Enter') return;
          event.preventDefault();
          void resolve(text).then((result) => {
            if (!result) return;
            if (result.ok) {
              setMessage(undefined);
              onGo(result.start, result.end);
            } else setMessage(result.message);
          });
        }}
      />
      {message && (
        <span className="goto-message" role="alert">
          {message}
        </span>
      )}
    </span>
  );
}
