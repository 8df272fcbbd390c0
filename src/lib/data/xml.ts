/**
 * Reads XML with a conformant parser (saxes: the whole of XML 1.0's well-formedness, namespaces included, which the
 * looser parsers skip: a control character, a second root, an undefined entity), into a small tree that a schema
 * can check. Throws, with the line and column, on anything that is not well-formed.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Namespace URI ('' for none) and local name. */
  ns: string;
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data, child elements' excluded. */
  text: string;
}

/** The root element of a well-formed XML document; throws an Error saying where and why it is not one. */
export function readXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: string | undefined;
  parser.on('error', (error) => {
    failure ??= error.message.replace(/\.$/, '');
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      ns: tag.uri ?? '',
      name: tag.local ?? tag.name,
      attributes: Object.fromEntries(
        Object.values(tag.attributes).flatMap((a) => (a.uri && a.prefix !== 'xml' ? [] : [[a.name, a.value]])),
      ),
      children: [],
      text: '',
    };
    (open.at(-1)?.children ?? []).push(element);
    root ??= element;
    open.push(element);
  });
  parser.on('text', (text) => {
    const current = open.at(-1);
    if (current) current.text += text;
  });
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  if (failure) throw new Error(`not well-formed XML: ${failure}`);
  if (!root) throw new Error('not well-formed XML: no root element');
  return root;
}
