import type { JsonNode } from './jsonTree.types';

type Container = Extract<JsonNode, { type: 'object' | 'array' }>;

export interface JsonTreeVisitor {
  /**
   * Called for every node in document order, with its key (in an object) or index (in an array);
   * undefined for the root. For a container, true visits its children and then calls `leave`.
   */
  enter(node: JsonNode, key: string | number | undefined): boolean;
  /** Called after the children of a container `enter` descended into. */
  leave(node: JsonNode): void;
}

/**
 * Walks a tree depth first without recursion (one frame per open container), so a document nested
 * 100,000 deep is walked without a stack overflow, and nothing is allocated per scalar.
 */
export function walkJsonTree(root: JsonNode, visitor: JsonTreeVisitor): void {
  const frames: { node: Container; next: number }[] = [];
  const open = (node: JsonNode, key: string | number | undefined): void => {
    if (visitor.enter(node, key) && (node.type === 'object' || node.type === 'array'))
      frames.push({ node, next: 0 });
  };
  open(root, undefined);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as (typeof frames)[number];
    const { node } = frame;
    const index = frame.next++;
    if (node.type === 'object') {
      const entry = node.entries[index];
      if (entry) open(entry.value, entry.key);
      else {
        frames.pop();
        visitor.leave(node);
      }
    } else {
      const item = node.items[index];
      if (item) open(item, index);
      else {
        frames.pop();
        visitor.leave(node);
      }
    }
  }
}
