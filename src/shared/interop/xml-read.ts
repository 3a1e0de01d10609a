/**
 * A small non-validating XML reader for files our exports wrote and other
 * tools re-saved (draw.io): elements, attributes, text, CDATA, comments,
 * processing instructions, the five named entities and character references.
 * A DOCTYPE is refused rather than read: entity definitions are how XML files
 * blow up readers (billion laughs, external entities). One pass with an
 * explicit stack of open elements, so deep nesting costs no call stack.
 */

export interface XmlNode {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlNode[];
  /** The element's own text (not its children's), entities decoded. */
  text: string;
}

export type XmlReadResult = { ok: true; root: XmlNode } | { ok: false; message: string };

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string | undefined {
  const bad: string[] = [];
  const decoded = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) {
      bad.push(whole);
      return whole;
    }
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (code <= 0x10ffff) return String.fromCodePoint(code);
      bad.push(whole);
      return whole;
    }
    const named = NAMED[ref];
    if (named === undefined) bad.push(whole);
    return named ?? whole;
  });
  return bad.length > 0 ? undefined : decoded;
}

const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/y;

function readAttributes(source: string): Map<string, string> | string {
  const attributes = new Map<string, string>();
  let at = 0;
  while (at < source.length) {
    if (source.slice(at).trim() === '') break;
    ATTRIBUTE.lastIndex = at;
    const match = ATTRIBUTE.exec(source);
    if (match === null) return `malformed attributes: ${source.slice(at, at + 40)}`;
    const value = decodeEntities(match[3] ?? match[4] ?? '');
    if (value === undefined) return `bad entity in attribute ${match[1] ?? ''}`;
    attributes.set(match[1] ?? '', value);
    at = ATTRIBUTE.lastIndex;
  }
  return attributes;
}

/** Where the markup that starts at `at` ends (index after it), or -1 when it is not closed. */
function markupEnd(text: string, at: number): { end: number; kind: 'comment' | 'cdata' | 'pi' | 'doctype' | 'tag' } {
  if (text.startsWith('<!--', at)) return { end: endAfter(text, '-->', at), kind: 'comment' };
  if (text.startsWith('<![CDATA[', at)) return { end: endAfter(text, ']]>', at), kind: 'cdata' };
  if (text.startsWith('<?', at)) return { end: endAfter(text, '?>', at), kind: 'pi' };
  if (text.startsWith('<!', at)) return { end: -1, kind: 'doctype' };
  return { end: endAfter(text, '>', at), kind: 'tag' };
}

function endAfter(text: string, token: string, from: number): number {
  const index = text.indexOf(token, from + 1);
  return index < 0 ? -1 : index + token.length;
}

export function readXml(text: string): XmlReadResult {
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('<', at);
    const chunk = text.slice(at, open < 0 ? text.length : open);
    if (chunk.trim() !== '') {
      const parent = stack[stack.length - 1];
      const decoded = decodeEntities(chunk);
      if (parent === undefined || decoded === undefined)
        return { ok: false, message: 'text outside the root or a bad entity' };
      parent.text += decoded;
    }
    if (open < 0) break;
    const { end, kind } = markupEnd(text, open);
    if (kind === 'doctype') return { ok: false, message: 'a DOCTYPE is not read (entity definitions are refused)' };
    if (end < 0) return { ok: false, message: `unclosed markup at offset ${open}` };
    at = end;
    if (kind === 'comment' || kind === 'pi') continue;
    if (kind === 'cdata') {
      const parent = stack[stack.length - 1];
      if (parent === undefined) return { ok: false, message: 'CDATA outside the root' };
      parent.text += text.slice(open + 9, end - 3);
      continue;
    }
    const inner = text.slice(open + 1, end - 1);
    if (inner.startsWith('/')) {
      const closing = inner.slice(1).trim();
      const element = stack.pop();
      if (element?.name !== closing)
        return { ok: false, message: `</${closing}> does not close <${element?.name ?? ''}>` };
      continue;
    }
    const selfClosing = inner.endsWith('/');
    const body = selfClosing ? inner.slice(0, -1) : inner;
    const name = /^[^\s/>]+/.exec(body)?.[0];
    if (name === undefined) return { ok: false, message: `malformed tag at offset ${open}` };
    const attributes = readAttributes(body.slice(name.length));
    if (typeof attributes === 'string') return { ok: false, message: attributes };
    const element: XmlNode = { name, attributes, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent !== undefined) parent.children.push(element);
    else if (root === undefined) root = element;
    else return { ok: false, message: 'more than one root element' };
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 0) return { ok: false, message: `<${stack[stack.length - 1]?.name ?? ''}> is not closed` };
  return root === undefined ? { ok: false, message: 'no root element' } : { ok: true, root };
}
