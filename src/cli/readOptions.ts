/** The JSONL field options that every command reading pages shares (extract, learn). */
import type { Command } from 'commander';
import { DEFAULT_READ_OPTIONS, type ReadOptions } from '../io/readers.js';

export type ReadOptionValues = Omit<ReadOptions, 'authorField'> & { authorField?: string };

export function addReadOptions(command: Command): Command {
  return command
    .option('--text-field <name>', 'JSONL field holding the page text', DEFAULT_READ_OPTIONS.textField)
    .option('--html-field <name>', 'JSONL field holding the page HTML', DEFAULT_READ_OPTIONS.htmlField)
    .option('--id-field <name>', 'JSONL field carried into input.id', DEFAULT_READ_OPTIONS.idField)
    .option('--url-field <name>', 'JSONL field carried into input.url', DEFAULT_READ_OPTIONS.urlField)
    .option('--date-field <name>', 'JSONL field holding the page date', DEFAULT_READ_OPTIONS.dateField)
    .option(
      '--title-field <name>',
      'JSONL field holding the page title (used when the text has none)',
      DEFAULT_READ_OPTIONS.titleField,
    )
    .option('--author-field <name>', 'JSONL field holding the author (not read unless given)')
    .addHelpText(
      'after',
      '\nJSONL field names may be dotted paths into nested objects: --url-field meta.url.\n' +
        'In an XML corpus a field is an element of the record, named in lower case: --text-field abstract;\n' +
        'in a CSV or TSV corpus, a column named by the header row: --text-field text_show',
    );
}

export function readOptionsFrom(options: ReadOptionValues): ReadOptions {
  return {
    textField: options.textField,
    htmlField: options.htmlField,
    idField: options.idField,
    urlField: options.urlField,
    dateField: options.dateField,
    titleField: options.titleField,
    authorField: options.authorField ?? null,
  };
}
