import { textWithLinks } from './textWithLinks';

/** Prose with its http(s) URLs as links (new tab, no referrer); everything else rendered as text. */
export function TextWithLinks({ text }: { text: string }) {
  return (
    <>
      {textWithLinks(text).map((part, i) =>
        part.kind === 'link' ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer nofollow">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
