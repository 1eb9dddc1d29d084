// One reply record per help desk: which members hold reply text, its title, and whether it is HTML.
// Where an export carries the same reply as HTML and as plain text, the HTML one is linted: it is what the
// help desk sends, and linting both would report every finding twice.

import type { Collector } from './collect.js';
import { parseJsonText } from './json.js';
import type { DNode, DObject, PathSegment } from './model.js';
import { isFalse, member, memberKey, scalarText } from './model.js';

export interface Item {
  node: DObject;
  path: PathSegment[];
  /** The record's `id`, or where it is when it has none. */
  id: string;
}

export interface Shape {
  name: string;
  test: (o: DObject) => boolean;
  extract: (item: Item, c: Collector) => void;
}

const has = (o: DNode, key: string) => member(o, key) !== undefined;
const present = (node: DNode | undefined) => node !== undefined && !(node.kind === 'scalar' && node.value === null);
const sub = (item: Item, key: string): PathSegment[] => [...item.path, memberKey(item.node, key)];
const suffix = (id: string, n: number) => (n === 0 ? id : `${id}#${n + 1}`);
const objects = (node: DNode | undefined) => (node?.kind === 'array' ? node.items : []);

/** Zendesk macros: `actions[]` with `field` comment_value(_html); from CSV, the same list in `actions_json`. */
const zendesk: Shape = {
  name: 'Zendesk macro',
  test: (o) => {
    const actions = member(o, 'actions');
    if (actions?.kind === 'array') return actions.items.some((a) => has(a, 'field')) || (!actions.items.length && has(o, 'title'));
    return member(o, 'actions_json')?.kind === 'string';
  },
  extract: (item, c) => {
    let actions = member(item.node, 'actions');
    const actionsPath = has(item.node, 'actions') ? sub(item, 'actions') : sub(item, 'actions_json');
    if (actions?.kind !== 'array') {
      const json = member(item.node, 'actions_json');
      if (json?.kind !== 'string') return;
      const { text, map } = json.decode();
      try {
        actions = parseJsonText(text, map);
      } catch (err) {
        c.fail(err);
        return;
      }
      if (actions?.kind !== 'array') return;
    }
    const list = actions.items;
    const fieldOf = (a: DNode) => scalarText(member(a, 'field'));
    const internal = list.some((a) => fieldOf(a) === 'comment_mode_is_public' && isFalse(member(a, 'value')));
    if (internal && c.options.skipInternalNotes) return;
    const comments = list.map((a, k) => ({ a, k, field: fieldOf(a) })).filter((x) => x.field === 'comment_value' || x.field === 'comment_value_html');
    const html = comments.some((x) => x.field === 'comment_value_html');
    const title = scalarText(member(item.node, 'title'));
    comments
      .filter((x) => !html || x.field === 'comment_value_html')
      .forEach(({ a, k }, n) => {
        let value = member(a, 'value');
        const path: PathSegment[] = [...actionsPath, k, 'value'];
        if (value?.kind === 'array') {
          // ["channel:all", "Hello ..."]: the text is the string that is not a channel tag.
          const items = value.items;
          let j = items.length - 1;
          while (j >= 0 && !(items[j]?.kind === 'string' && !/^channel:/.test((items[j] as { value(): string }).value()))) j--;
          if (j >= 0) {
            value = items[j];
            path.push(j);
          }
        }
        c.add(value, path, { id: suffix(item.id, n), title, html, profile: internal ? 'helpcenter' : undefined });
      });
  },
};

/** Gorgias macros: `actions[].arguments.body_html` / `body_text`, `name`, `language`. */
const gorgias: Shape = {
  name: 'Gorgias macro',
  test: (o) => objects(member(o, 'actions')).some((a) => member(a, 'arguments')?.kind === 'object') || (has(o, 'actions') && has(o, 'name') && !has(o, 'title')),
  extract: (item, c) => {
    const title = scalarText(member(item.node, 'name'));
    const language = scalarText(member(item.node, 'language'));
    let n = 0;
    objects(member(item.node, 'actions')).forEach((a, k) => {
      const args = member(a, 'arguments');
      if (args?.kind !== 'object') return;
      const key = present(member(args, 'body_html')) ? 'body_html' : present(member(args, 'body_text')) ? 'body_text' : undefined;
      if (!key) return;
      const path = [...sub(item, 'actions'), k, 'arguments', memberKey(args, key)];
      c.add(member(args, key), path, { id: suffix(item.id, n++), title, html: key === 'body_html', language });
    });
  },
};

/** Help Scout saved replies: `text` (HTML, e-mail) and `chatText` (plain, chat), `name`. */
const helpScout: Shape = {
  name: 'Help Scout saved reply',
  test: (o) => has(o, 'name') && (has(o, 'text') || has(o, 'chatText')),
  extract: (item, c) => {
    const title = scalarText(member(item.node, 'name'));
    c.add(member(item.node, 'text'), sub(item, 'text'), { id: item.id, title, html: true });
    c.add(member(item.node, 'chatText'), sub(item, 'chatText'), { id: `${item.id}/chat`, title, profile: 'chat' });
  },
};

/** Front templates and osTicket e-mail templates: `subject` (a fragment) and an HTML `body`. */
const emailTemplate: Shape = {
  name: 'e-mail template',
  test: (o) => has(o, 'body') && has(o, 'subject'),
  extract: (item, c) => {
    const title = scalarText(member(item.node, 'name'));
    c.add(member(item.node, 'subject'), sub(item, 'subject'), { id: `${item.id}/subject`, title, fragment: true });
    c.add(member(item.node, 'body'), sub(item, 'body'), { id: item.id, title, html: true });
  },
};

/** A record with one reply member: `field` (HTML when `htmlField` is present instead) and a title member. */
function simple(name: string, titleKey: string, field: string, opts: { html?: boolean; htmlField?: string }): Shape {
  return {
    name,
    test: (o) => has(o, titleKey) && (has(o, field) || (opts.htmlField !== undefined && has(o, opts.htmlField))),
    extract: (item, c) => {
      const useHtml = opts.htmlField !== undefined && present(member(item.node, opts.htmlField));
      const key = useHtml ? (opts.htmlField as string) : field;
      c.add(member(item.node, key), sub(item, key), { id: item.id, title: scalarText(member(item.node, titleKey)), html: useHtml || opts.html });
    },
  };
}

const REPLY_KEYS = ['text', 'body', 'reply', 'message', 'content'].flatMap((k) => [k, `${k}_html`]);

/** The one member of `o` among REPLY_KEYS that holds text, if there is exactly one. */
function replyKey(o: DObject): string | undefined {
  let found: string | undefined;
  for (const key of REPLY_KEYS) {
    if (member(o, key)?.kind !== 'string') continue;
    if (found !== undefined) return undefined;
    found = memberKey(o, key);
  }
  return found;
}

/**
 * Any reply record: an `id` and exactly one text member (`text`, `body`, `reply`, `message`, `content`, HTML only
 * as `..._html`), titled by `title`, `name` or `subject`. Last, so that every help desk above wins.
 */
const replyRecord: Shape = {
  name: 'reply record',
  test: (o) => scalarText(member(o, 'id')) !== undefined && replyKey(o) !== undefined,
  extract: (item, c) => {
    const key = replyKey(item.node) as string;
    const title = ['title', 'name', 'subject'].map((k) => scalarText(member(item.node, k))).find((t) => t !== undefined);
    c.add(member(item.node, key), [...item.path, key], { id: item.id, title, html: /_html$/i.test(key) });
  },
};

/** Most specific first: Freshdesk (`title`) before Zammad (`name`) for `content`, and so on. */
export const SHAPES: Shape[] = [
  zendesk,
  gorgias,
  helpScout,
  emailTemplate,
  simple('Intercom saved reply', 'name', 'body', { html: true }),
  simple('osTicket canned response', 'title', 'response', { html: true }),
  simple('Freshdesk canned response', 'title', 'content', { htmlField: 'content_html' }),
  simple('Chatwoot canned response', 'short_code', 'content', {}),
  simple('Zammad text module', 'name', 'content', { html: true }),
  replyRecord,
];

export function shapeOf(node: DNode | undefined): Shape | undefined {
  return node?.kind === 'object' ? SHAPES.find((s) => s.test(node)) : undefined;
}
