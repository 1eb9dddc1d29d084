// The small path syntax of custom `sources` entries: where the replies and their titles are in a file.
//
//   $                 the document root
//   .name  ["name"]   a member (brackets for names with spaces, dots or quotes; 'single' quotes work too)
//   [3]  [-1]         a list item (negative counts from the end)
//   [*]  .*           every list item or every member value
//   ..name            every member called `name`, at any depth below
//
// e.g. `$.items[*].body`, `$.data[*].attributes["body html"]`, `$..body`. For CSV and JSON Lines, whose
// root is the list of rows, a bare column name `body` means `$[*].body`.

import type { DNode, PathSegment } from './model.js';

export type Step = { type: 'member'; name: string } | { type: 'index'; index: number } | { type: 'all' } | { type: 'deep'; name: string };

export interface Match {
  node: DNode;
  path: PathSegment[];
}

const NAME = /[^.[\]\s]+/y;

/** Parses a path; throws an Error whose message says what is wrong and where. */
export function parsePath(expr: string, rowsAtRoot = false): Step[] {
  const source = expr.trim();
  if (!source.startsWith('$')) {
    if (rowsAtRoot && /^[^$.[\]]+$/.test(source)) return [{ type: 'all' }, { type: 'member', name: source }];
    throw new Error(`path ${JSON.stringify(expr)} must start with $ (e.g. "$.items[*].body")`);
  }
  const steps: Step[] = [];
  let i = 1;
  const fail = (what: string): never => {
    throw new Error(`path ${JSON.stringify(expr)}: ${what} at character ${i + 1}`);
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(source);
    if (!m) fail('a member name is missing');
    i += (m as RegExpExecArray)[0].length;
    return (m as RegExpExecArray)[0];
  };
  while (i < source.length) {
    if (source.startsWith('..', i)) {
      i += 2;
      steps.push({ type: 'deep', name: name() });
    } else if (source[i] === '.') {
      i++;
      if (source[i] === '*') {
        i++;
        steps.push({ type: 'all' });
      } else steps.push({ type: 'member', name: name() });
    } else if (source[i] === '[') {
      const close = source.indexOf(']', i);
      const inner = close < 0 ? '' : source.slice(i + 1, close).trim();
      if (close < 0) fail('a closing ] is missing');
      if (inner === '*') steps.push({ type: 'all' });
      else if (/^-?\d+$/.test(inner)) steps.push({ type: 'index', index: Number(inner) });
      else {
        // A quoted name may contain "]": find the closing quote, then the bracket after it.
        const quote = source[i + 1];
        if (quote !== '"' && quote !== "'") fail('expected *, a number or a quoted name inside [ ]');
        let j = i + 2;
        let text = '';
        while (j < source.length && source[j] !== quote) {
          if (source[j] === '\\' && j + 1 < source.length) j++;
          text += source[j];
          j++;
        }
        if (source[j] !== quote || source[j + 1] !== ']') fail('a quoted name must end with its quote and ]');
        steps.push({ type: 'member', name: text });
        i = j + 2;
        continue;
      }
      i = close + 1;
    } else fail(`unexpected ${JSON.stringify(source[i])}`);
  }
  return steps;
}

function children(node: DNode): [PathSegment, DNode][] {
  if (node.kind === 'object') return [...node.entries];
  if (node.kind === 'array') return node.items.map((item, k) => [k, item]);
  return [];
}

/** Every member called `name` at or below `node`, in document order. */
function deep(node: DNode, path: PathSegment[], name: string, out: Match[]): void {
  const stack: Match[] = [{ node, path }];
  while (stack.length) {
    const cur = stack.pop() as Match;
    const kids = children(cur.node);
    for (let k = kids.length - 1; k >= 0; k--) {
      const [seg, child] = kids[k] as [PathSegment, DNode];
      stack.push({ node: child, path: [...cur.path, seg] });
    }
    if (cur.node.kind === 'object') {
      const hit = cur.node.entries.get(name);
      if (hit !== undefined) out.push({ node: hit, path: [...cur.path, name] });
    }
  }
}

export function evaluate(root: DNode, steps: readonly Step[]): Match[] {
  let current: Match[] = [{ node: root, path: [] }];
  for (const step of steps) {
    const next: Match[] = [];
    for (const { node, path } of current) {
      if (step.type === 'member') {
        const child = node.kind === 'object' ? node.entries.get(step.name) : undefined;
        if (child !== undefined) next.push({ node: child, path: [...path, step.name] });
      } else if (step.type === 'index') {
        if (node.kind !== 'array') continue;
        const k = step.index < 0 ? node.items.length + step.index : step.index;
        const child = node.items[k];
        if (child !== undefined) next.push({ node: child, path: [...path, k] });
      } else if (step.type === 'all') {
        for (const [seg, child] of children(node)) next.push({ node: child, path: [...path, seg] });
      } else deep(node, path, step.name, next);
    }
    current = next;
  }
  return current;
}

/** The part of a path before its first wildcard: if even that is missing, the path is probably mistyped. */
export function fixedPrefix(steps: readonly Step[]): Step[] {
  const k = steps.findIndex((s) => s.type === 'all' || s.type === 'deep');
  return k < 0 ? [...steps] : steps.slice(0, k);
}
