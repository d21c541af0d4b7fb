import { decodeJsonString } from '../json/decodeJsonString';
import { parseJsonTree } from '../json/parseJsonTree';
import type { JsonNode } from '../json/jsonTree.types';
import { walkJsonTree } from '../json/walkJsonTree';
import type { SanitizeOptions, SanitizeResult } from '../types';
import { maskBodyText } from './sanitize/maskBodyText';
import { maskHeaderValue } from './sanitize/maskHeaderValue';
import { maskUrl } from './sanitize/maskUrl';
import { REDACTED, RedactionLog } from './sanitize/redactionLog';
import { isSecretName, scrubJwts } from '../http/secretNames';
import { rewriteJsonString } from './sanitize/rewriteJsonString';
import { spliceEdits, type Edit } from '../text/spliceEdits';

type Path = readonly (string | number)[];

interface Walk {
  text: string;
  extra: ReadonlySet<string>;
  removeResponseBodies: boolean;
  log: RedactionLog;
  edits: Edit[];
}

/** The members the rules read beside a value: a header's name, a body's mimeType and encoding. */
const SIBLINGS = new Set(['name', 'mimeType', 'encoding']);

function stringMembers(text: string, node: Extract<JsonNode, { type: 'object' }>): Map<string, string> {
  const members = new Map<string, string>();
  for (const { key, value } of node.entries)
    if (value.type === 'string' && SIBLINGS.has(key))
      members.set(key, decodeJsonString(text, value.start, value.end));
  return members;
}

/** Where in a HAR entry a string sits, by its path below `log.entries[i]`, with its siblings. */
function sanitizeString(walk: Walk, path: Path, value: string, siblings: Map<string, string>): string {
  const { extra, log } = walk;
  const key = path[path.length - 1];
  const list = path[path.length - 3];
  const name = siblings.get('name') ?? '';
  if (key === 'value' && list === 'headers') return maskHeaderValue(name, value, extra, log);
  if (key === 'value' && list === 'cookies') {
    if (value === '' || value === REDACTED) return value;
    log.note('cookie');
    return REDACTED;
  }
  if (key === 'value' && (list === 'queryString' || list === 'params')) {
    if (value === '' || value === REDACTED || !isSecretName(name, extra))
      return scrubJwts(value, REDACTED, () => log.note('JWT'));
    log.note(`${list === 'params' ? 'form field' : 'query parameter'} ${name}`);
    return REDACTED;
  }
  if (
    key === 'text' &&
    path[path.length - 2] === 'content' &&
    path[path.length - 3] === 'response' &&
    walk.removeResponseBodies
  ) {
    if (value === '') return value;
    log.note('response body');
    return '';
  }
  if (key === 'text' && (path[path.length - 2] === 'postData' || path[path.length - 2] === 'content'))
    return maskBodyText(value, siblings.get('mimeType') ?? '', siblings.get('encoding'), extra, log);
  if (key === 'url' || key === 'redirectURL' || (key === 'title' && path[1] === 'pages'))
    return maskUrl(value, extra, log);
  return scrubJwts(value, REDACTED, () => log.note('JWT'));
}

/**
 * Sanitizes every string of the tree (as edits), keeping the path to each and the string members of
 * the nearest object around it; walked without recursion, so any nesting depth is safe.
 */
function visitTree(walk: Walk, root: JsonNode): void {
  const path: (string | number)[] = [];
  const siblings: Map<string, string>[] = [new Map()];
  walkJsonTree(root, {
    enter(node, key) {
      if (key !== undefined) path.push(key);
      // Items of log.entries start an entry; the walk stays in it until the item is left.
      if (path.length === 3 && path[0] === 'log' && path[1] === 'entries') walk.log.entry = key as number;
      if (node.type === 'object' || node.type === 'array') {
        if (node.type === 'object') siblings.push(stringMembers(walk.text, node));
        return true;
      }
      if (node.type === 'string')
        sanitizeNode(walk, node, path, siblings[siblings.length - 1] as Map<string, string>);
      this.leave(node);
      return false;
    },
    leave(node) {
      if (node.type === 'object') siblings.pop();
      if (path.length === 3 && path[0] === 'log' && path[1] === 'entries') walk.log.entry = -1;
      path.pop();
    },
  });
}

function sanitizeNode(walk: Walk, node: JsonNode, path: Path, siblings: Map<string, string>): void {
  const value = decodeJsonString(walk.text, node.start, node.end);
  const clean = sanitizeString(walk, path, value, siblings);
  if (clean !== value)
    walk.edits.push({
      start: node.start,
      end: node.end,
      text: rewriteJsonString(walk.text.slice(node.start, node.end), value, clean),
    });
}

function entriesOf(root: JsonNode): JsonNode | undefined {
  if (root.type !== 'object') return undefined;
  const log = root.entries.find((e) => e.key === 'log')?.value;
  if (log?.type !== 'object') return undefined;
  const entries = log.entries.find((e) => e.key === 'entries')?.value;
  return entries?.type === 'array' ? entries : undefined;
}

/**
 * A HAR file fit to hand to support: Authorization, Cookie and Set-Cookie values, other credential
 * headers, secret query and fragment parameters, cookies, secret form fields and JSON members in
 * request and response bodies, and JWTs anywhere are replaced by REDACTED. It works on the source
 * text: every other byte stays as it was, so the file still opens in DevTools and HAR viewers.
 * Sanitizing a sanitized file changes nothing.
 */
export function sanitizeHar(text: string, options: SanitizeOptions = {}): SanitizeResult {
  const tree = parseJsonTree(text);
  if (!tree.ok)
    return {
      ok: false,
      error: `This is not valid JSON (line ${tree.error.line}, column ${tree.error.column}: ${tree.error.message}), so it cannot be a HAR file.`,
    };
  if (!entriesOf(tree.root))
    return { ok: false, error: 'This JSON is not a HAR file: it has no log.entries list.' };
  const walk: Walk = {
    text,
    extra: new Set((options.extraNames ?? []).map((n) => n.trim().toLowerCase()).filter((n) => n !== '')),
    removeResponseBodies: options.removeResponseBodies === true,
    log: new RedactionLog(),
    edits: [],
  };
  visitTree(walk, tree.root);
  return {
    ok: true,
    text: spliceEdits(text, walk.edits),
    redacted: walk.log.total,
    removed: walk.log.list(),
  };
}
