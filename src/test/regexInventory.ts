/**
 * Every regular expression written in src/ (test support for regexBacktracking.test.ts): regex
 * literals, and `new RegExp(…)` / `RegExp(…)` calls whose pattern is rebuilt from the source as far
 * as it is constant in its file (string and template literals, `+`, const strings and numbers, a
 * const regex's `.source`). Read with oxc's parser (rolldown's parseAst, already installed for the
 * build), so a `/` in a string, a comment or a division is never taken for a regex.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';

export interface FoundRegex {
  /** Path from the repository root, with forward slashes. */
  file: string;
  line: number;
  /** The expression as written (the literal, or the constructor's first argument). */
  written: string;
  /**
   * The pattern, where it could be rebuilt. A non-constant part of a template or a `+` (`${name}`)
   * stands as the literal `x`: why what such a part can add is safe is said where it is allowed.
   */
  source?: string;
  flags: string;
  /** Whether a part of the pattern was not constant (stood in for by `x`, or the whole pattern). */
  dynamic: boolean;
}

/** An ESTree node as oxc gives it (only what this file reads). */
interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry.name) && !/\.(?:test\.tsx?|d\.ts)$/.test(entry.name)) out.push(path);
  }
  return out;
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) walk(item, visit);
    } else if (isNode(value)) walk(value, visit);
  }
}

interface Evaluated {
  text: string;
  dynamic: boolean;
}

const STAND_IN: Evaluated = { text: 'x', dynamic: true };

const regexOf = (node: Node): { pattern: string; flags: string } | undefined =>
  node.type === 'Literal' ? (node.regex as { pattern: string; flags: string } | undefined) : undefined;

/** The constant string value of an expression, or undefined where it is not constant in its file. */
function evaluate(node: Node, consts: Map<string, Node>, depth = 0): Evaluated | undefined {
  if (depth > 20) return undefined;
  const again = (child: unknown): Evaluated | undefined =>
    isNode(child) ? evaluate(child, consts, depth + 1) : undefined;
  switch (node.type) {
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
      return again(node.expression);
    case 'Literal':
      return typeof node.value === 'string' || typeof node.value === 'number'
        ? { text: String(node.value), dynamic: false }
        : undefined;
    case 'Identifier': {
      const init = consts.get(node.name as string);
      return init ? again(init) : undefined;
    }
    case 'MemberExpression': {
      const object = node.object as Node;
      const property = node.property as Node;
      if (node.computed || property.name !== 'source' || object.type !== 'Identifier') return undefined;
      const init = consts.get(object.name as string);
      const regex = init && regexOf(init);
      return regex ? { text: regex.pattern, dynamic: false } : undefined;
    }
    case 'BinaryExpression': {
      if (node.operator !== '+') return undefined;
      const left = again(node.left) ?? STAND_IN;
      const right = again(node.right) ?? STAND_IN;
      return { text: left.text + right.text, dynamic: left.dynamic || right.dynamic };
    }
    case 'TemplateLiteral': {
      const quasis = node.quasis as { value: { cooked: string | null } }[];
      const expressions = node.expressions as Node[];
      let text = quasis[0]?.value.cooked ?? '';
      let dynamic = false;
      expressions.forEach((expression, i) => {
        const part = again(expression) ?? STAND_IN;
        text += part.text + (quasis[i + 1]?.value.cooked ?? '');
        dynamic ||= part.dynamic;
      });
      return { text, dynamic };
    }
    default:
      return undefined;
  }
}

function regexesOf(path: string, root: string): FoundRegex[] {
  const text = readFileSync(path, 'utf8');
  const program = parseAst(text, { lang: path.endsWith('.tsx') ? 'tsx' : 'ts' }, path) as unknown as Node;
  const name = relative(root, path).split('\\').join('/');
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (node: Node): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= node.start) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  // The const declarations of the file by name, in any scope: the names of one file do not collide.
  const consts = new Map<string, Node>();
  walk(program, (node) => {
    if (node.type !== 'VariableDeclaration' || node.kind !== 'const') return;
    for (const declarator of node.declarations as Node[]) {
      const id = declarator.id as Node;
      if (id.type === 'Identifier' && isNode(declarator.init)) consts.set(id.name as string, declarator.init);
    }
  });
  const found: FoundRegex[] = [];
  walk(program, (node) => {
    const regex = regexOf(node);
    if (regex) {
      const written = text.slice(node.start, node.end);
      found.push({
        file: name,
        line: lineOf(node),
        written,
        source: regex.pattern,
        flags: regex.flags,
        dynamic: false,
      });
      return;
    }
    if (node.type !== 'NewExpression' && node.type !== 'CallExpression') return;
    const callee = node.callee as Node;
    const [pattern, flagsArg] = node.arguments as Node[];
    if (callee.type !== 'Identifier' || callee.name !== 'RegExp' || !pattern) return;
    const value = evaluate(pattern, consts);
    const flags = flagsArg ? evaluate(flagsArg, consts) : { text: '', dynamic: false };
    found.push({
      file: name,
      line: lineOf(node),
      written: text.slice(pattern.start, pattern.end),
      source: value?.text,
      flags: flags && !flags.dynamic ? flags.text : '',
      dynamic: !value || value.dynamic,
    });
  });
  return found;
}

/** Every regex in the .ts/.tsx files under `root`/src, test files (*.test.ts) and declarations excepted. */
export function findRegexes(root: string): FoundRegex[] {
  return sourceFiles(join(root, 'src')).flatMap((path) => regexesOf(path, root));
}
