/**
 * Runs the chosen cleaners over a document, block by block: the site cleaner's rules first, then the
 * generic cleaner's; the first rule that fires on a block decides what it becomes (dropped, a section
 * marker, a field). Every firing is traced for --explain. Date lines are recognised by the date
 * engine, as the generic cleaner's last rule.
 */
import type { Block, Document } from '../document/model.js';
import type { ExplainEntry } from '../record.js';
import { normalizeWithOffsets, toOriginalSpan } from '../text/normalize.js';
import { originalSlice, originalWithout, type CompiledCleaner } from './compile.js';
import type { BlockLabel, CleanedDocument, TitleSplit } from './labels.js';

export interface ApplyOptions {
  /** Recognises a date line ("الإثنين، 24 أغسطس 2020 09:23 ص") and returns its ISO value. */
  parseDateLine: (line: string) => string | null;
}

/** Date lines are short; longer blocks are sentences that mention a date. */
const DATE_LINE_MAX = 120;

export function applyCleaners(doc: Document, cleaners: CompiledCleaner[], site: CompiledCleaner | null, options: ApplyOptions): CleanedDocument {
  const trace: ExplainEntry[] = [];
  const labels = doc.blocks.map((block) => labelBlock(block, cleaners, trace, options));
  return {
    doc,
    labels,
    site: site?.cleaner ?? null,
    splitTitle: (title) => splitTitle(title, cleaners),
    trace,
  };
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

function labelBlock(block: Block, cleaners: CompiledCleaner[], trace: ExplainEntry[], options: ApplyOptions): BlockLabel {
  const fire = (cleaner: string, rule: string, action: string): void => {
    trace.push({ cleaner, rule, action, matched: shorten(block.text), line: block.line });
  };
  for (const compiled of cleaners) {
    const name = compiled.cleaner.name;
    for (const rule of compiled.sections) {
      const hit = rule.match(block.norm);
      if (!hit) continue;
      fire(name, rule.name, `section:${rule.section}`);
      return { text: null, marker: { section: rule.section, inline: hit.value ? originalSlice(block.text, hit.value) : null }, fields: [] };
    }
    for (const rule of compiled.drop) {
      if (!rule.match(block.norm)) continue;
      fire(name, rule.name, 'drop');
      return { text: null, marker: null, fields: [] };
    }
    for (const rule of compiled.fields) {
      const hit = rule.match(block.norm);
      if (!hit) continue;
      const value = hit.value ? originalSlice(block.text, hit.value) : rule.value;
      if (!value) continue;
      const text = rule.remove === 'block' ? null : rule.remove === 'match' ? originalWithout(block.text, [hit.start, hit.end]) : block.text;
      fire(name, rule.name, `field:${rule.field}${rule.remove === 'none' ? '' : ` (${rule.remove === 'block' ? 'block removed' : 'match cut'})`}`);
      return { text, marker: null, fields: [{ field: rule.field, value }] };
    }
  }
  if (block.text.length <= DATE_LINE_MAX) {
    const date = options.parseDateLine(block.text);
    if (date) {
      fire('generic', 'date-line', 'field:date (block removed)');
      return { text: null, marker: null, fields: [{ field: 'date', value: date }] };
    }
  }
  return { text: block.text, marker: null, fields: [] };
}

function splitTitle(title: string, cleaners: CompiledCleaner[]): TitleSplit | null {
  const n = normalizeWithOffsets(title);
  for (const compiled of cleaners) {
    for (const rule of compiled.titleGlue) {
      const groups = rule.pattern.exec(n.text)?.indices?.groups;
      if (!groups?.title) continue;
      const part = (span: [number, number] | undefined): string | null => {
        if (!span || span[1] <= span[0]) return null;
        const [s, e] = toOriginalSpan(n, span[0], span[1]);
        return title.slice(s, e).trim() || null;
      };
      const split = part(groups.title);
      if (!split) continue;
      return { title: split, credit: part(groups.credit), site: part(groups.site), rule: rule.name, cleaner: compiled.cleaner.name };
    }
  }
  return null;
}
