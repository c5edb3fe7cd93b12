/**
 * Runs the chosen cleaners over a document, block by block: the site cleaner's rules first, then the
 * generic cleaner's; the first rule that fires on a block decides what it becomes (dropped, a section
 * marker, a field). A marker that opens a field (source, author, date) takes its value from its own
 * line or else from the next line. Date lines are recognised by the date engine, as the generic
 * cleaner's last rule. Every firing is traced for --explain: cleaner, rule, action, matched text, line.
 */
import { parseDateLine } from '../dates/dateline.js';
import type { Block, Document } from '../document/model.js';
import type { ExplainEntry } from '../record.js';
import { normalizeArabic, normalizeWithOffsets, toOriginalSpan, type NormalizedText } from '../text/normalize.js';
import {
  originalSlice,
  originalWithout,
  type CompiledCleaner,
  type CompiledField,
  type CompiledMatcher,
  type Hit,
} from './compile.js';
import type { BlockLabel, CleanedDocument, FieldValue, TitleSplit } from './labels.js';
import { DATE_LINE_MAX, type SelectedCleaner } from './registry.js';
import { FIELD_NAMES, type FieldName } from './rules.js';
import { isTailKind, type FieldSectionKind, type TailKind } from '../vocabulary.js';

type Fire = (cleaner: string, rule: string, action: string, matched?: string) => void;

export function applyCleaners(
  doc: Document,
  cleaners: CompiledCleaner[],
  site: SelectedCleaner | CompiledCleaner | null,
): CleanedDocument {
  const trace: ExplainEntry[] = [];
  if (site && 'selectedBy' in site) {
    const { how, evidence, date } = site.selectedBy;
    const period =
      site.cleaner.validFrom || site.cleaner.validUntil
        ? ` version ${site.cleaner.validFrom ?? '…'}..${site.cleaner.validUntil ?? '…'}${date ? ` for ${date}` : ''}`
        : '';
    trace.push({
      cleaner: site.cleaner.name,
      rule: `select:${how}`,
      action: `site${period}`,
      matched: evidence,
      line: null,
    });
  }
  let awaited: FieldMarker | null = null;
  let dropping: { left: number; outside: boolean; cleaner: string; rule: string } | null = null;
  const labels = doc.blocks.map((block): BlockLabel => {
    const fire: Fire = (cleaner, rule, action, matched = block.text) =>
      trace.push({ cleaner, rule, action, matched: shorten(matched), line: block.line });
    // The lines a counted "drop" marker covers: those on its side of the article (a two-column dump
    // prints the article's lines between a side column's).
    if (dropping && dropping.left > 0 && (block.outside ?? false) === dropping.outside) {
      dropping.left--;
      fire(dropping.cleaner, dropping.rule, 'drop (line after the marker)');
      return { text: null, marker: null, fields: [] };
    }
    // A field marker with nothing after it on its line: this block is its value.
    const marker = awaited;
    awaited = null;
    const value = marker && fieldFromNextLine(block, marker, fire);
    if (value) return value;
    const label = labelBlock(block, cleaners, fire);
    if (label.marker && isFieldSection(label.marker.section)) {
      awaited = { kind: label.marker.section, ...label.marker.rule };
      return { text: label.text, marker: null, fields: [] };
    }
    if (label.marker?.lines) {
      dropping = { left: label.marker.lines, outside: block.outside ?? false, ...label.marker.rule };
      return { text: label.text, marker: null, fields: [] };
    }
    return {
      ...label,
      marker: label.marker && {
        section: label.marker.section as TailKind,
        inline: label.marker.inline,
        greedy: label.marker.greedy,
      },
    };
  });
  return {
    doc,
    labels,
    site: site?.cleaner ?? null,
    splitTitle: (title) => splitTitle(title, cleaners),
    trace,
  };
}

/** A matched text as --explain shows it: long lines are shortened. */
export function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

function isFieldSection(kind: string): kind is FieldSectionKind {
  return !isTailKind(kind);
}

/** A field marker waiting for its value on the next line, and the rule that found it. */
interface FieldMarker {
  kind: FieldSectionKind;
  cleaner: string;
  rule: string;
}

/** A label whose marker may still be a field marker (resolved by the caller). */
type RawLabel = Omit<BlockLabel, 'marker'> & {
  marker: {
    section: TailKind | FieldSectionKind;
    inline: string | null;
    lines: number | undefined;
    greedy: boolean;
    rule: { cleaner: string; rule: string };
  } | null;
};

function labelBlock(block: Block, cleaners: CompiledCleaner[], fire: Fire): RawLabel {
  for (const compiled of cleaners) {
    const screen = compiled.screen?.(block.norm);
    if (screen === null) continue;
    // Only the rules the screen lets through are tried (every rule of a cleaner without one).
    const tried = (rule: CompiledMatcher): boolean => !screen || screen.may(rule.place);
    const name = compiled.cleaner.name;
    for (const rule of compiled.sections) {
      if (!tried(rule)) continue;
      const hit = rule.match(block.norm, block.kind);
      if (!hit) continue;
      const inline = hit.value ? originalSlice(block.text, hit.value) : null;
      const text = rule.cut ? originalWithout(block.text, [hit.start, hit.end]) : null;
      const cut = rule.cut ? originalSlice(block.text, [hit.start, hit.end]) : null;
      if (isFieldSection(rule.section) && inline) {
        const fields = fieldValues({ [rule.section]: inline });
        fire(
          name,
          rule.name,
          describeFields(fields, cut ? `cut "${cut}"` : 'line removed', rule.section),
          cut ?? block.text,
        );
        return { text, marker: null, fields };
      }
      const extent = `${rule.lines ? ` (next ${rule.lines} line${rule.lines > 1 ? 's' : ''})` : ''}${rule.greedy ? ' (to the next marker)' : ''}${cut ? ' (cut from the line)' : ''}`;
      fire(name, rule.name, `section:${rule.section}${extent}`, cut ?? block.text);
      return {
        text,
        marker: {
          section: rule.section,
          inline,
          lines: rule.lines,
          greedy: rule.greedy,
          rule: { cleaner: name, rule: rule.name },
        },
        fields: [],
      };
    }
    for (const rule of compiled.drop) {
      if (!tried(rule)) continue;
      const hit = rule.match(block.norm, block.kind);
      if (!hit) continue;
      if (rule.cut) {
        const cut = originalSlice(block.text, [hit.start, hit.end]);
        fire(name, rule.name, 'cut', cut);
        return { text: originalWithout(block.text, [hit.start, hit.end]), marker: null, fields: [] };
      }
      fire(name, rule.name, 'drop');
      return { text: null, marker: null, fields: [] };
    }
    for (const rule of compiled.fields) {
      if (!tried(rule)) continue;
      const hit = rule.match(block.norm, block.kind);
      const captured = hit && capturedFields(block, rule, hit);
      if (!hit || !captured) continue;
      const fields = fieldValues(captured);
      const cut = rule.remove === 'match' ? originalSlice(block.text, [hit.start, hit.end]) : null;
      const text =
        rule.remove === 'block'
          ? null
          : rule.remove === 'match'
            ? originalWithout(block.text, [hit.start, hit.end])
            : block.text;
      const effect = rule.remove === 'block' ? 'line removed' : rule.remove === 'match' ? `cut "${cut}"` : 'line kept';
      fire(name, rule.name, describeFields(fields, effect, rule.field ?? 'date'), cut ?? block.text);
      return { text, marker: null, fields };
    }
  }
  if (block.text.length <= DATE_LINE_MAX) {
    const date = parseDateLine(block.text);
    if (date) {
      fire('generic', 'date-line', `field:date=${date} (line removed)`);
      return { text: null, marker: null, fields: [{ field: 'date', value: date }] };
    }
  }
  return { text: block.text, marker: null, fields: [] };
}

/** The field values a rule captured, in the original text: named groups, else "value" for the rule's field. */
function capturedFields(block: Block, rule: CompiledField, hit: Hit): Partial<Record<FieldName, string>> | null {
  const out: Partial<Record<FieldName, string>> = {};
  for (const field of FIELD_NAMES) {
    const span = hit.groups[field];
    if (span) out[field] = originalSlice(block.text, span);
  }
  if (rule.field && out[rule.field] === undefined) {
    const value = hit.value ? originalSlice(block.text, hit.value) : rule.value;
    if (value) out[rule.field] = value;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** Field values as the record holds them: a date becomes ISO through the date engine, or is left out. */
function fieldValues(captured: Partial<Record<FieldName, string>>): FieldValue[] {
  const out: FieldValue[] = [];
  for (const field of FIELD_NAMES) {
    const raw = captured[field];
    if (raw === undefined) continue;
    const value = field === 'date' ? parseDateLine(raw) : raw;
    if (value) out.push({ field, value });
  }
  return out;
}

/** "field:source=X field:date=Y (line removed)"; "field:date=? …" when a date was not understood. */
function describeFields(fields: FieldValue[], effect: string, expected: FieldName): string {
  const parts = fields.map((f) => `field:${f.field}=${f.value}`);
  return `${parts.length ? parts.join(' ') : `field:${expected}=? (not understood)`} (${effect})`;
}

/** The line after a field marker ("المصدر:" then "(أبوظبي - البيان)"): its text is the field's value. */
function fieldFromNextLine(block: Block, marker: FieldMarker, fire: Fire): BlockLabel | null {
  const { kind } = marker;
  const value = block.text.replace(/^[(\s]+|[)\s]+$/gu, '');
  if (!value || block.text.length > DATE_LINE_MAX) return null;
  const fields = fieldValues({ [kind]: value });
  if (kind === 'date' && fields.length === 0) return null;
  fire(marker.cleaner, marker.rule, describeFields(fields, 'next line removed', kind));
  return { text: null, marker: null, fields };
}

function splitTitle(title: string, cleaners: CompiledCleaner[]): TitleSplit | null {
  const norm = normalizeArabic(title);
  // The map back to the title is made only for a pattern that matched: most titles have no glue.
  let n: NormalizedText | null = null;
  for (const compiled of cleaners) {
    for (const rule of compiled.titleGlue) {
      const groups = rule.pattern.exec(norm)?.indices?.groups;
      if (!groups?.title) continue;
      n ??= normalizeWithOffsets(title);
      const mapped = n;
      const part = (span: [number, number] | undefined): string | null => {
        if (!span || span[1] <= span[0]) return null;
        const [s, e] = toOriginalSpan(mapped, span[0], span[1]);
        return title.slice(s, e).trim() || null;
      };
      const split = part(groups.title);
      if (!split) continue;
      return {
        title: split,
        credit: part(groups.credit),
        site: part(groups.site),
        section: part(groups.section),
        rule: rule.name,
        cleaner: compiled.cleaner.name,
      };
    }
  }
  return null;
}
