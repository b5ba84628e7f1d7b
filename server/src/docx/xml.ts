// A small element tree over an OOXML part, read by saxes, that remembers where each element sits
// in the part's text. Names are canonical (`w:p`, `mc:Choice`) whatever prefix the file binds to
// the namespace, so a document written with another prefix, or in Strict OOXML, reads the same.

import { SaxesParser, type SaxesTagPlain } from 'saxes';

const NAMESPACE_PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
};

/** Elements whose character content is kept (the rest of a part's text is layout whitespace). */
const TEXT_ELEMENTS = new Set(['w:t', 'w:delText', 'w:instrText', 'm:t']);

export interface XmlElement {
  /** Canonical name: `w:p`, `mc:AlternateContent`; `{uri}local` for namespaces not listed. */
  name: string;
  /** Attributes by canonical name (`w:val`); unprefixed attributes by their local name. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The character content, for `w:t`, `w:delText`, `w:instrText` and `m:t` only (entities decoded). */
  text: string;
  /** UTF-16 offsets in the part's text: the `<` of the start tag, just past its `>`, the `<` of the end tag, just past the end tag. Equal inner offsets for `<x/>`. */
  start: number;
  contentStart: number;
  contentEnd: number;
  end: number;
}

export class XmlError extends Error {}

/**
 * Canonical names from the prefixes in scope. saxes runs without its own namespace handling, which
 * halves the parse; prefixes are resolved here, with a cache that holds while no element below the
 * root declares a namespace (Word declares them all on the root).
 */
class Namespaces {
  private readonly scopes: (Map<string, string> | undefined)[] = [];
  private readonly cache = new Map<string, string>();

  enter(attributes: Record<string, string>): void {
    let declared: Map<string, string> | undefined;
    for (const name in attributes) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) (declared ??= new Map()).set(name === 'xmlns' ? '' : name.slice(6), attributes[name]);
    }
    if (declared && this.scopes.length > 0) this.cache.clear();
    this.scopes.push(declared);
  }

  leave(): void {
    if (this.scopes.pop() && this.scopes.length > 0) this.cache.clear();
  }

  private uriOf(prefix: string): string {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const uri = this.scopes[i]?.get(prefix);
      if (uri !== undefined) return uri;
    }
    return '';
  }

  /** `w:p` for any prefix bound to WordprocessingML; unprefixed attributes keep their local name. */
  canonical(raw: string, isAttribute: boolean): string {
    let name = this.cache.get(raw);
    if (name !== undefined) return name;
    const colon = raw.indexOf(':');
    const prefix = colon < 0 ? '' : raw.slice(0, colon);
    const local = raw.slice(colon + 1);
    if (isAttribute && colon < 0) name = local;
    else {
      const uri = this.uriOf(prefix);
      const known = NAMESPACE_PREFIXES[uri];
      name = known ? `${known}:${local}` : !uri ? local : prefix ? raw : `{${uri}}${local}`;
    }
    this.cache.set(raw, name);
    return name;
  }
}

/** Parses a part into its root element. Throws XmlError on text that is not well-formed XML. */
export function parseXml(source: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: true } as const);
  const namespaces = new Namespaces();
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: Error | undefined;

  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const afterTag = parser.position;
    namespaces.enter(tag.attributes);
    const attrs: Record<string, string> = {};
    for (const raw in tag.attributes) {
      if (raw === 'xmlns' || raw.startsWith('xmlns:')) continue;
      attrs[namespaces.canonical(raw, true)] = tag.attributes[raw];
    }
    const element: XmlElement = {
      name: namespaces.canonical(tag.name, false),
      attrs,
      children: [],
      text: '',
      start: source.lastIndexOf('<', afterTag - 1),
      contentStart: afterTag,
      contentEnd: afterTag,
      end: afterTag,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    namespaces.leave();
    const element = stack.pop();
    if (!element) return;
    element.end = parser.position;
    element.contentEnd = tag.isSelfClosing ? element.contentStart : source.lastIndexOf('<', element.end - 1);
  });
  const keepText = (text: string) => {
    const element = stack[stack.length - 1];
    if (element && TEXT_ELEMENTS.has(element.name)) element.text += text;
  };
  parser.on('text', keepText);
  parser.on('cdata', keepText);

  parser.write(source);
  if (!failure) parser.close();
  if (failure || !root) throw new XmlError(failure?.message ?? 'no root element');
  return root;
}

/** The first child of `element` named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** The `w:val` of the first child named `name`, e.g. `val(pPr, 'w:pStyle')`. */
export function val(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attrs['w:val'];
}

/** An on/off property (`<w:b/>`, `<w:b w:val="false"/>`): undefined when absent. */
export function onOff(element: XmlElement | undefined, name: string): boolean | undefined {
  const c = child(element, name);
  if (!c) return undefined;
  const v = c.attrs['w:val'];
  return v === undefined || !/^(?:0|false|off)$/i.test(v);
}
