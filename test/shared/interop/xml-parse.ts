/**
 * Parse-back for the XML writers: a real XML parser (@xmldom/xmldom) that
 * fails on malformed markup. Loaded through `require` with the few DOM shapes
 * the tests use, because its type declarations pull the whole DOM library into
 * the Node project's type check (and change what `fetch` bodies accept there).
 */
import { createRequire } from 'node:module';

export interface XmlElement {
  readonly tagName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

export interface XmlDocument {
  readonly documentElement: XmlElement;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

interface ErrorHandler {
  warning(message: string): void;
  error(message: string): void;
  fatalError(message: string): void;
}

interface XmldomModule {
  DOMParser: new (options: { errorHandler: ErrorHandler }) => {
    parseFromString(text: string, mimeType: string): XmlDocument;
  };
}

const { DOMParser } = createRequire(import.meta.url)('@xmldom/xmldom') as XmldomModule;

export function parseXml(text: string): XmlDocument {
  const errors: string[] = [];
  const parser = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (message) => errors.push(message),
      fatalError: (message) => errors.push(message),
    },
  });
  const doc = parser.parseFromString(text, 'text/xml');
  if (errors.length > 0) throw new Error(`not well-formed XML: ${errors.join('; ')}`);
  return doc;
}

export function elements(parent: XmlDocument | XmlElement, name: string): XmlElement[] {
  return Array.from(parent.getElementsByTagName(name));
}
