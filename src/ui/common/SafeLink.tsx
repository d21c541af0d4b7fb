import { safeHttpUrl } from './safeHttpUrl';

/**
 * A link only when the URL is http(s); anything else (javascript:, data:, relative junk) stays text.
 * Links open in a new tab without a referrer, so no part of the paste leaks to the target.
 */
export function SafeLink({ url, children }: { url: string; children?: React.ReactNode }) {
  const href = safeHttpUrl(url);
  if (!href) return <code className="inert-url">{children ?? url}</code>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children ?? url}
    </a>
  );
}
