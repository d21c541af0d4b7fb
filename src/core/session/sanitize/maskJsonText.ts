import { decodeJsonString } from '../../json/decodeJsonString';
import { parseJsonTree } from '../../json/parseJsonTree';
import type { JsonNode } from '../../json/jsonTree.types';
import type { RedactionLog } from './redactionLog';
import { REDACTED } from './redactionLog';
import { isSecretName, scrubJwts } from '../../http/secretNames';
import { rewriteJsonString } from './rewriteJsonString';
import { spliceEdits, type Edit } from './spliceEdits';

const MASKED_TOKEN = JSON.stringify(REDACTED);

/**
 * A JSON text with the string values of secret members masked (anywhere in the tree, and every string
 * inside a secret member's object or array), and JWTs removed from all other strings. Edited on its
 * source spans: numbers, spacing and escapes elsewhere stay as written. Undefined when it is not JSON.
 */
export function maskJsonText(
  text: string,
  extra: ReadonlySet<string>,
  log: RedactionLog,
): string | undefined {
  const tree = parseJsonTree(text);
  if (!tree.ok) return undefined;
  const edits: Edit[] = [];
  const visit = (node: JsonNode, secretMember: string | undefined): void => {
    if (node.type === 'object') {
      for (const entry of node.entries)
        visit(entry.value, secretMember ?? (isSecretName(entry.key, extra) ? entry.key : undefined));
      return;
    }
    if (node.type === 'array') {
      for (const item of node.items) visit(item, secretMember);
      return;
    }
    if (node.type !== 'string') return;
    const token = text.slice(node.start, node.end);
    if (secretMember !== undefined) {
      if (token === MASKED_TOKEN || token === '""') return;
      log.note(`JSON member ${secretMember}`);
      edits.push({ start: node.start, end: node.end, text: MASKED_TOKEN });
      return;
    }
    if (!token.includes('eyJ')) return;
    const value = decodeJsonString(text, node.start, node.end);
    const scrubbed = scrubJwts(value, REDACTED, () => log.note('JWT'));
    if (scrubbed !== value)
      edits.push({ start: node.start, end: node.end, text: rewriteJsonString(token, value, scrubbed) });
  };
  visit(tree.root, undefined);
  return spliceEdits(text, edits);
}
