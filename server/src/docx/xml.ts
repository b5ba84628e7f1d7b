// A small element tree over an OOXML part, read by saxes, that remembers where each element sits
// in the part's text. Names are canonical (`w:p`, `mc:Choice`) whatever prefix the file binds to
// the namespace, so a document written with another prefix, or in Strict OOXML, reads the same.

import { SaxesParser, type SaxesTagNS } from 'saxes';

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

function canonicalName(uri: string, local: string, prefix: string): string {
  const known = NAMESPACE_PREFIXES[uri];
  if (known) return `${known}:${local}`;
  if (!uri) return local;
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
}

/** Parses a part into its root element. Throws XmlError on text that is not well-formed XML. */
export function parseXml(source: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: Error | undefined;

  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const afterTag = parser.position;
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      attrs[canonicalName(a.uri, a.local, a.prefix)] = a.value;
    }
    const element: XmlElement = {
      name: canonicalName(tag.uri, tag.local, tag.prefix),
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
  parser.on('closetag', (tag: SaxesTagNS) => {
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
