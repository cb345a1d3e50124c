import { inflateRawSync } from "node:zlib";

/**
 * Reads a .docx back for the tests: its zip entries (stored or deflated, as every Office file is), and from
 * word/document.xml its paragraphs with their style and text. Enough to check structure without Word.
 */

/** Every file in a zip archive by its path. */
export function readZip(archive: Buffer): Map<string, Buffer> {
  const endOfDirectory = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error("Not a zip archive");
  const count = archive.readUInt16LE(endOfDirectory + 10);
  let offset = archive.readUInt32LE(endOfDirectory + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(offset) !== 0x02014b50) throw new Error("Bad central directory");
    const method = archive.readUInt16LE(offset + 10);
    const compressedSize = archive.readUInt32LE(offset + 20);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const localHeader = archive.readUInt32LE(offset + 42);
    const name = archive.toString("utf8", offset + 46, offset + 46 + nameLength);
    const dataStart =
      localHeader + 30 + archive.readUInt16LE(localHeader + 26) + archive.readUInt16LE(localHeader + 28);
    const data = archive.subarray(dataStart, dataStart + compressedSize);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, "&");
}

/** The text of an XML part: its w:t runs, a paragraph per line. */
export function xmlText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1]!)).join(""),
    )
    .join("\n");
}

export interface DocxParagraph {
  /** The paragraph style's id ("Heading1"), or null for Normal. */
  style: string | null;
  text: string;
}

/** The paragraphs of word/document.xml (table cells included), in order. */
export function paragraphs(documentXml: string): DocxParagraph[] {
  return [...documentXml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(match[1]!)?.[1] ?? null,
    text: xmlText(match[1]!),
  }));
}

export interface DocxParts {
  files: Map<string, Buffer>;
  document: string;
  styles: string;
  settings: string;
  /** The footers' XML, by file name. */
  footers: string[];
  /** Every text in the package that a reader sees: the document, headers, footers and the core properties. */
  allText: string;
}

export function readDocx(docx: Buffer): DocxParts {
  const files = readZip(docx);
  const part = (name: string) => files.get(name)?.toString("utf8") ?? "";
  const footers = [...files.keys()].filter((name) => /^word\/footer\d*\.xml$/.test(name)).map(part);
  const headers = [...files.keys()].filter((name) => /^word\/header\d*\.xml$/.test(name)).map(part);
  const document = part("word/document.xml");
  return {
    files,
    document,
    styles: part("word/styles.xml"),
    settings: part("word/settings.xml"),
    footers,
    allText: [
      xmlText(document),
      ...headers.map(xmlText),
      ...footers.map(xmlText),
      decodeXml(part("docProps/core.xml")),
    ].join("\n"),
  };
}
