/**
 * An XML corpus of news records read record by record as the bytes arrive: the TREC-like files of the
 * ANT corpus (`<DOC><DOCNO>…<URL>…<TITLE>…<TIME>…<TEXT>…</DOC>`, several to a file, no root) and the
 * Abu El-Khair corpus (`<Youm7Data><Youm7><ID>…<URL>…<Headline>…<Dateline>…<Text>…</Youm7>…`). A record
 * is an element whose children are all fields — elements holding text only — and its fields, named by
 * their element's name in lower case (its attributes too), make a page object as a JSONL line's would:
 * the same field options read it (`--text-field`, `--title-field` …). A root or a channel that holds
 * records is no record. The markup is parsed by htmlparser2 in its XML mode (the parser cheerio uses),
 * which reads on past what a corpus file gets wrong (a bare "&", a stray close tag) instead of giving up
 * the whole file; an unclosed record at the end is that record's error, not the file's.
 */
import { Parser } from 'htmlparser2';

/** A record's page object (its fields), or, past `maxBytes`, only its size; with the 1-based line it opens on. */
export type XmlRecord =
  | { fields: Record<string, string>; line: number }
  | { tooLarge: number; line: number }
  | { error: string; line: number };

/**
 * The record's field names arnews reads by default, and the element names corpora give them: a field
 * the record lacks is taken from the first of its other names that it has (the option named by the user
 * reads the element's own name: `--date-field dateline`).
 */
const FIELD_NAMES: Readonly<Record<string, readonly string[]>> = {
  title: ['headline'],
  date: ['time', 'dateline', 'pubdate'],
  id: ['docno', 'docid'],
};

interface OpenElement {
  name: string;
  line: number;
  /** Text directly inside the element (a field's value), while it is kept. */
  text: string;
  /** UTF-8 bytes of text inside the element and its children: past the limit, its own text is no longer kept. */
  size: number;
  fields: Record<string, string> | null;
  /** Whether it has child elements, and whether each of them held text only. */
  hasChildren: boolean;
  childrenAreFields: boolean;
  attributes: Record<string, string>;
}

/**
 * The records of an XML text arriving in pieces, in order. `maxBytes` bounds a record's text (UTF-8): a larger
 * one comes out as its size, its text not kept.
 */
export async function* xmlRecords(pieces: AsyncIterable<string>, maxBytes = Infinity): AsyncGenerator<XmlRecord> {
  const ready: XmlRecord[] = [];
  let ended = false;
  let records = 0;
  const stack: OpenElement[] = [];
  // The line the parser stands on: the line breaks of the text, comments and declarations read so far (a
  // break inside a tag is not counted: corpora write a tag on one line).
  let line = 1;
  const count = (text: string): void => {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) line++;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = stack.at(-1);
        if (parent) parent.hasChildren = true;
        stack.push({
          name,
          line,
          text: '',
          size: 0,
          fields: null,
          hasChildren: false,
          childrenAreFields: true,
          attributes,
        });
      },
      oncomment: count,
      onprocessinginstruction: (_name, data) => count(data),
      ontext(data) {
        count(data);
        const element = stack.at(-1);
        if (!element) return;
        const bytes = Buffer.byteLength(data);
        for (const open of stack) open.size += bytes;
        if (element.size <= maxBytes) element.text += data;
      },
      onclosetag() {
        // The elements the end of the text leaves open are closed by the parser, not by the text: no record.
        if (ended) return;
        const element = stack.pop()!;
        const parent = stack.at(-1);
        if (!element.hasChildren) {
          if (!parent) return;
          const name = element.name.toLowerCase();
          const fields = (parent.fields ??= {});
          const value = element.text.trim();
          fields[name] = fields[name] !== undefined ? `${fields[name]}\n${value}` : value;
          return;
        }
        if (parent) parent.childrenAreFields = false;
        if (element.childrenAreFields) ready.push(recordOf(element, maxBytes));
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  for await (const piece of pieces) {
    parser.write(piece);
    records += ready.length;
    yield* ready.splice(0);
  }
  ended = true;
  parser.end();
  // A record still open when the text ends was cut short (a truncated file): its error, not a record.
  const cut = stack.findLast((element) => element.hasChildren && element.childrenAreFields);
  if (cut)
    yield { error: `the record <${cut.name}> opened on this line is not closed (the input ends)`, line: cut.line };
  else if (records === 0)
    yield {
      error:
        'no record found: an XML corpus holds elements whose children are fields (<DOC><TITLE>…</TITLE><TEXT>…</TEXT></DOC>)',
      line: 1,
    };
}

function recordOf(element: OpenElement, maxBytes: number): XmlRecord {
  if (element.size > maxBytes) return { tooLarge: element.size, line: element.line };
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(element.attributes)) fields[name.toLowerCase()] = value;
  Object.assign(fields, element.fields);
  for (const [field, names] of Object.entries(FIELD_NAMES)) {
    const other = names.find((name) => fields[name] !== undefined);
    if (fields[field] === undefined && other) fields[field] = fields[other]!;
  }
  return { fields, line: element.line };
}
