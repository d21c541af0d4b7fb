import { proseParts } from './proseParts';

/**
 * The core's prose as the user reads it: code spans as code, http(s) URLs as links (new tab, no
 * referrer), everything else as text.
 */
export function Prose({ text }: { text: string }) {
  return (
    <>
      {proseParts(text).map((part, i) => {
        if (part.kind === 'code') return <code key={i}>{part.text}</code>;
        if (part.kind === 'link')
          return (
            <a key={i} href={part.href} target="_blank" rel="noopener noreferrer nofollow">
              {part.text}
            </a>
          );
        return part.text;
      })}
    </>
  );
}
