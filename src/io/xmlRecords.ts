/**
 * An XML corpus of news records read record by record as the bytes arrive: the TREC-like files of the
 * ANT corpus (`<DOC><DOCNO>…<URL>…<TITLE>…<TIME>…<TEXT>…</DOC>`, several to a file, no root) and the
 * Abu El-Khair corpus (`<Youm7Data><Youm7><ID>…<URL>…<Headline>…<Dateline>…<Text>…</Youm7>…`), and the
 * LDC's Gigaword (`<DOC id="…"><HEADLINE>…<TEXT><P>…</P><P>…</P></TEXT></DOC>`). A record is the outermost
 * element with a field — a child holding text only — and its fields, named by their element's name in lower
 * case, with its attributes, make a page object as a JSONL line's would: the same field options read it
 * (`--text-field`, `--title-field` …). A child with elements of its own, after the record's first field, is
 * a field too, a paragraph per element (Gigaword's TEXT). A root that holds records is no record. The markup is parsed by htmlparser2 in its XML mode (the parser cheerio uses),
 * which reads on past what a corpus file gets wrong (a bare "&", a stray close tag) instead of giving up
 * the whole file; an unclosed record at the end is that record's error, not the file's.
 */
import { Parser } from 'htmlparser2';
import type { FieldRecord } from './fields.js';

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
  /** Text directly inside the element (a field's value), while it has no child element and is within the limit. */
  text: string;
  /**
   * A field that holds elements of its own (Gigaword's `<TEXT><P>…</P><P>…</P></TEXT>`): its text, a
   * paragraph per child, kept only inside a record (its parent had a field when it opened).
   */
  paragraphs: string[] | null;
  /** UTF-8 bytes of text inside the element and its children: past the limit, no more of it is kept. */
  size: number;
  /** Its children that are fields, by name (null: none yet), and its attributes, fields of a record too. */
  fields: Record<string, string> | null;
  attributes: Record<string, string>;
  hasChildren: boolean;
}

/**
 * The records of an XML text arriving in pieces, in order. `maxBytes` bounds a record's text (UTF-8): a larger
 * one comes out as its size, its text not kept.
 */
export async function* xmlRecords(pieces: AsyncIterable<string>, maxBytes = Infinity): AsyncGenerator<FieldRecord> {
  const ready: FieldRecord[] = [];
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
          paragraphs: parent?.fields ? [] : null,
          size: 0,
          fields: null,
          attributes,
          hasChildren: false,
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
        if (!element.hasChildren && element.size <= maxBytes) element.text += data;
      },
      onclosetag() {
        // The elements the end of the text leaves open are closed by the parser, not by the text: no record.
        if (ended) return;
        const element = stack.pop()!;
        const parent = stack.at(-1);
        const value = element.hasChildren ? (element.paragraphs ?? []).join('\n\n') : element.text.trim();
        // A field: text only, or elements of its own inside a record that had a field when it opened.
        if (!element.hasChildren || element.paragraphs) {
          if (!parent) return;
          if (value) parent.paragraphs?.push(value);
          const fields = (parent.fields ??= {});
          const name = element.name.toLowerCase();
          fields[name] = fields[name] !== undefined ? `${fields[name]}\n${value}` : value;
          return;
        }
        // A record: the outermost element with fields (a root or a channel holds records, not fields).
        if (element.fields && !parent?.fields) ready.push(recordOf(element, maxBytes));
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
  const cut = stack.find((element) => element.fields !== null && element.paragraphs === null);
  if (cut)
    yield { error: `the record <${cut.name}> opened on this line is not closed (the input ends)`, line: cut.line };
  else if (records === 0)
    yield {
      error:
        'no record found: an XML corpus holds elements whose children are fields (<DOC><TITLE>…</TITLE><TEXT>…</TEXT></DOC>)',
      line: 1,
    };
}

function recordOf(element: OpenElement, maxBytes: number): FieldRecord {
  if (element.size > maxBytes) return { tooLarge: element.size, line: element.line };
  const fields = { ...lowerCased(element.attributes), ...element.fields };
  for (const [field, names] of Object.entries(FIELD_NAMES)) {
    const other = names.find((name) => fields[name] !== undefined);
    if (fields[field] === undefined && other) fields[field] = fields[other]!;
  }
  return { fields, line: element.line };
}

/** Attributes as fields: their names in lower case. */
const lowerCased = (attributes: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name.toLowerCase(), value]));
