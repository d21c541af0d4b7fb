import { decodeJsonString } from '../../json/decodeJsonString';
import { parseJsonTree } from '../../json/parseJsonTree';
import type { JsonNode } from '../../json/jsonTree.types';
import { walkJsonTree } from '../../json/walkJsonTree';
import type { RedactionLog } from './redactionLog';
import { REDACTED } from './redactionLog';
import { isSecretName, scrubJwts } from '../../http/secretNames';
import { rewriteJsonString } from './rewriteJsonString';
import { spliceEdits, type Edit } from '../../text/spliceEdits';

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
  // The secret member the walk is inside (every string below it is masked), and how deep it began.
  let secretMember: string | undefined;
  let secretDepth = -1;
  let depth = 0;
  const maskString = (node: JsonNode): void => {
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
  walkJsonTree(tree.root, {
    enter(node, key) {
      if (secretMember === undefined && typeof key === 'string' && isSecretName(key, extra)) {
        secretMember = key;
        secretDepth = depth;
      }
      if (node.type === 'object' || node.type === 'array') {
        depth++;
        return true;
      }
      if (node.type === 'string') maskString(node);
      this.leave(node);
      return false;
    },
    leave(node) {
      if (node.type === 'object' || node.type === 'array') depth--;
      if (depth === secretDepth) {
        secretMember = undefined;
        secretDepth = -1;
      }
    },
  });
  return spliceEdits(text, edits);
}
