import { useRef, useState, type DragEvent } from 'react';
import { readTextFile } from '../../state/readTextFile';

export interface LoadedFile {
  name: string;
  text: string;
}

export interface FileOpenerMessage {
  kind: 'error' | 'note';
  text: string;
}

export interface FileOpener {
  open: (files: readonly File[]) => Promise<void>;
  busy: boolean;
  /** True while files are dragged over the drop zone. */
  dragging: boolean;
  messages: readonly FileOpenerMessage[];
  dismiss: () => void;
  maxFiles: number;
  dropHandlers: {
    onDragEnterCapture: (event: DragEvent) => void;
    onDragOverCapture: (event: DragEvent) => void;
    onDragLeaveCapture: (event: DragEvent) => void;
    onDropCapture: (event: DragEvent) => void;
  };
}

const carriesFiles = (event: DragEvent): boolean => [...event.dataTransfer.types].includes('Files');

/**
 * Opens files chosen with the file control or dropped on the input: each is read locally and either
 * handed to `onLoaded` as text or refused with a message that says why. Dragged text (not files) is
 * left to the editor.
 */
export function useFileOpener(onLoaded: (files: LoadedFile[]) => void, maxFiles = 1): FileOpener {
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [messages, setMessages] = useState<FileOpenerMessage[]>([]);
  const depth = useRef(0);

  const open = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    const results = await Promise.all(files.slice(0, maxFiles).map(readTextFile));
    setBusy(false);
    const next: FileOpenerMessage[] = [];
    for (const r of results) {
      if (!r.ok) next.push({ kind: 'error', text: r.message });
      else if (r.note) next.push({ kind: 'note', text: r.note });
    }
    if (files.length > maxFiles) {
      const skipped = files.slice(maxFiles).map((f) => `“${f.name}”`);
      next.push({
        kind: 'note',
        text: `${maxFiles === 1 ? 'One file at a time' : `Up to ${maxFiles} files at once`}: ${skipped.join(', ')} not opened.`,
      });
    }
    setMessages(next);
    const loaded = results.flatMap((r) => (r.ok ? [{ name: r.name, text: r.text }] : []));
    if (loaded.length > 0) onLoaded(loaded);
  };

  const stop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
  };

  return {
    open,
    busy,
    dragging,
    messages,
    dismiss: () => setMessages([]),
    maxFiles,
    dropHandlers: {
      onDragEnterCapture: (event) => {
        if (!carriesFiles(event)) return;
        stop(event);
        depth.current++;
        setDragging(true);
      },
      onDragOverCapture: (event) => {
        if (!carriesFiles(event)) return;
        stop(event);
        event.dataTransfer.dropEffect = 'copy';
      },
      onDragLeaveCapture: (event) => {
        if (!carriesFiles(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      },
      onDropCapture: (event) => {
        if (!carriesFiles(event)) return;
        stop(event);
        depth.current = 0;
        setDragging(false);
        void open([...event.dataTransfer.files]);
      },
    },
  };
}
