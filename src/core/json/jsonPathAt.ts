import type { JsonPathSegment } from './jsonPath';
import type { JsonStructure } from './jsonStructure';
import {
  closesBefore,
  containerPath,
  isObjectAt,
  keyAt,
  lastOpenedAtOrBefore,
  segmentOf,
} from './jsonStructureLookup';
import { skipJsonString } from './skipJsonValue';

/**
 * The path of the value at `offset`: the member or item whose text (key included) holds it, inside the
 * innermost container holding it. On a key, a value or the line of a member, that member; on a
 * container's own bracket, that container. Before or after the top-level value: the whole document.
 *
 * Costs a binary search plus a scan of the primitive values between the nearest nested container and
 * `offset` (a few characters in typical JSON; the whole array for a flat array of numbers).
 */
export function jsonPathAt(text: string, structure: JsonStructure, offset: number): JsonPathSegment[] {
  let container = lastOpenedAtOrBefore(structure, offset);
  // The child container we came up from: the last one of `container` opening at or before `offset`.
  let child = -1;
  while (container >= 0 && closesBefore(structure, container, offset)) {
    child = container;
    container = structure.parent[container] ?? -1;
  }
  if (container < 0) return [];
  const path = containerPath(text, structure, container);
  const member = memberAt(text, structure, container, child, offset);
  if (member !== undefined) path.push(member);
  return path;
}

/** The member or item of `container` whose text starts at or before `offset`, scanning after `child`. */
function memberAt(
  text: string,
  structure: JsonStructure,
  container: number,
  child: number,
  offset: number,
): JsonPathSegment | undefined {
  const isObject = isObjectAt(text, structure, container);
  let memberIndex = child >= 0 ? (structure.index[child] ?? 0) : -1;
  let keyStart = child >= 0 ? (structure.keyStart[child] ?? -1) : -1;
  let awaitingMember = child < 0;
  let p = child >= 0 ? (structure.end[child] ?? 0) + 1 : (structure.start[container] ?? 0) + 1;
  // Between `child` and `offset` there is no nested container: only primitives, keys and commas.
  while (p <= offset && p < text.length) {
    const c = text.charCodeAt(p);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      p++;
      continue;
    }
    if (c === 0x7d || c === 0x5d) return undefined; // the container's own closing bracket
    if (c === 0x2c) {
      awaitingMember = true;
      p++;
      continue;
    }
    if (awaitingMember) {
      memberIndex++;
      awaitingMember = false;
      if (isObject) keyStart = c === 0x22 ? p : -1;
    }
    p = c === 0x22 ? skipJsonString(text, p) : p + 1;
  }
  if (memberIndex < 0) return undefined;
  if (!isObject) return memberIndex;
  if (child >= 0 && keyStart === structure.keyStart[child]) return segmentOf(text, structure, child);
  return keyStart >= 0 ? keyAt(text, keyStart) : memberIndex;
}
