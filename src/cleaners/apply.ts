/**
 * Runs the chosen cleaners over a document, block by block: the site cleaner's rules first, then the
 * generic cleaner's; a rule that cuts part of a block passes the rest on to the rules after it, and the
 * first rule that takes the whole block decides what it becomes (dropped, a section marker, a field). A
 * marker that opens a field (source, author, date) takes its value from its own line or else from the
 * next line. Date lines are recognised by the date engine, as the generic cleaner's last rule. Every
 * firing is traced for --explain: cleaner, rule, action, matched text, line.
 */
import { isTimeStamp, parseDateLine } from '../dates/dateline.js';
import type { Block, Document } from '../document/model.js';
import type { ExplainEntry } from '../record.js';
import { normalizeArabic, normalizeWithOffsets, toOriginalSpan, type NormalizedText } from '../text/normalize.js';
import { wordCount } from '../text/words.js';
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

type Fire = (block: Block, cleaner: string, rule: string, action: string, matched?: string) => void;

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
  let dropping: { left: number; maxWords: number; outside: boolean; cleaner: string; rule: string } | null = null;
  const firedOn: ExplainEntry[][] = doc.blocks.map(() => []);
  // One for the page, not one per block (garbage on every block: README, Performance, round 10j).
  const fire: Fire = (block, cleaner, rule, action, matched = block.text) => {
    const entry = { cleaner, rule, action, matched: shorten(matched), line: block.line };
    trace.push(entry);
    firedOn[block.index]!.push(entry);
  };
  const labels = doc.blocks.map((block): BlockLabel => {
    // The lines a counted "drop" marker covers: those on its side of the article (a two-column dump
    // prints the article's lines between a side column's), up to a line longer than they may be (lineMaxWords).
    if (dropping && dropping.left > 0 && (block.outside ?? false) === dropping.outside) {
      if (wordCount(block.norm) <= dropping.maxWords) {
        dropping.left--;
        fire(block, dropping.cleaner, dropping.rule, 'drop (line after the marker)');
        return { text: null, marker: null, fields: [] };
      }
      dropping = null;
    }
    // A field marker with nothing after it on its line: this block is its value.
    const marker = awaited;
    awaited = null;
    // A marker that is a list's item ("* كتب", a menu's "Books"), or one more line of a menu printed with no bullets,
    // gives no value: not to the list's next item, nor, when it is the list's last, to the line under the list (a
    // section's name over the headline).
    const value = marker && !marker.item && fieldFromNextLine(block, marker, fire);
    if (value) return value;
    const label = labelBlock(block, cleaners, fire);
    if (label.marker && isFieldSection(label.marker.section)) {
      const item = block.kind === 'list-item' || underLinkRow(doc.blocks, block.index);
      awaited = { kind: label.marker.section, item, ...label.marker.rule };
      return { text: label.text, marker: null, fields: [] };
    }
    if (label.marker?.lines) {
      dropping = {
        left: label.marker.lines,
        maxWords: label.marker.lineMaxWords ?? Infinity,
        outside: block.outside ?? false,
        ...label.marker.rule,
      };
      return { text: label.text, marker: null, fields: [] };
    }
    return {
      text: label.text,
      marker: label.marker && {
        section: label.marker.section as TailKind,
        inline: label.marker.inline,
        greedy: label.marker.greedy,
      },
      fields: label.fields,
    };
  });
  return {
    doc,
    labels,
    site: site?.cleaner ?? null,
    splitTitle: (title) => splitTitle(title, cleaners),
    trace,
    firedOn,
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
  /** The marker is a list's item. */
  item: boolean;
  cleaner: string;
  rule: string;
}

/** A label whose marker may still be a field marker (resolved by the caller). */
type RawLabel = Omit<BlockLabel, 'marker'> & {
  marker: {
    section: TailKind | FieldSectionKind;
    inline: string | null;
    lines: number | undefined;
    lineMaxWords: number | undefined;
    greedy: boolean;
    rule: { cleaner: string; rule: string };
  } | null;
};

/**
 * The label the rules give a block. A rule that cuts part of the line (a `drop` with `cut`, a field rule that
 * removes its match, an inline field marker with `cut`) passes the rest of the line on to the rules after it,
 * its own cleaner's and the later cleaners' (a site's tweet link cut, then the generic wire dateline read): a
 * line takes several rules in turn, each at most once, so the work stays linear in the line. A rule that drops
 * the line, opens a section or keeps the line as it is decides.
 */
function labelBlock(block: Block, cleaners: CompiledCleaner[], fire: Fire): RawLabel {
  const rest = new LineRest(block);
  for (const compiled of cleaners) {
    // A line the screen turns away takes none of this cleaner's rules, and only a rule taken changes it.
    if (!rest.screenFor(compiled)) continue;
    const name = compiled.cleaner.name;
    for (const rule of compiled.sections) {
      if (!rest.mayMatch(rule)) continue;
      const hit = rule.match(rest.norm, block.kind);
      if (!hit) continue;
      const inline = hit.value ? originalSlice(rest.text, hit.value) : null;
      const text = rule.cut ? originalWithout(rest.text, [hit.start, hit.end]) : null;
      const cut = rule.cut ? originalSlice(rest.text, [hit.start, hit.end]) : null;
      if (isFieldSection(rule.section) && inline) {
        const fields = fieldValues({ [rule.section]: inline });
        fire(
          block,
          name,
          rule.name,
          describeFields(fields, cut ? `cut "${cut}"` : 'line removed', rule.section),
          cut ?? rest.text,
        );
        if (rest.passOn(text, fields)) continue;
        return rest.decided(null);
      }
      const extent = `${rule.lines ? ` (next ${rule.lines} line${rule.lines > 1 ? 's' : ''})` : ''}${rule.greedy ? ' (to the next marker)' : ''}${cut ? ' (cut from the line)' : ''}`;
      fire(block, name, rule.name, `section:${rule.section}${extent}`, cut ?? rest.text);
      return {
        text,
        marker: {
          section: rule.section,
          inline,
          lines: rule.lines,
          lineMaxWords: rule.lineMaxWords,
          greedy: rule.greedy,
          rule: { cleaner: name, rule: rule.name },
        },
        fields: rest.filled,
      };
    }
    for (const rule of compiled.drop) {
      if (!rest.mayMatch(rule)) continue;
      const hit = rule.match(rest.norm, block.kind);
      if (!hit) continue;
      if (rule.cut) {
        const cut = originalSlice(rest.text, [hit.start, hit.end]);
        fire(block, name, rule.name, 'cut', cut);
        if (rest.passOn(originalWithout(rest.text, [hit.start, hit.end]))) continue;
        return rest.decided(null);
      }
      fire(block, name, rule.name, 'drop', rest.text);
      return rest.decided(null);
    }
    for (const rule of compiled.fields) {
      if (!rest.mayMatch(rule)) continue;
      const hit = rule.match(rest.norm, block.kind);
      const captured = hit && capturedFields(rest.text, rule, hit);
      if (!hit || !captured) continue;
      const fields = fieldValues(captured);
      const cut = rule.remove === 'match' ? originalSlice(rest.text, [hit.start, hit.end]) : null;
      const effect = rule.remove === 'block' ? 'line removed' : rule.remove === 'match' ? `cut "${cut}"` : 'line kept';
      fire(block, name, rule.name, describeFields(fields, effect, rule.field ?? 'date'), cut ?? rest.text);
      if (rule.remove === 'match') {
        if (rest.passOn(originalWithout(rest.text, [hit.start, hit.end]), fields)) continue;
        return rest.decided(null);
      }
      return rest.decided(rule.remove === 'block' ? null : rest.text, fields);
    }
  }
  if (rest.text.length <= DATE_LINE_MAX) {
    const date = parseDateLine(rest.text);
    if (date) {
      fire(block, 'generic', 'date-line', `field:date=${date} (line removed)`, rest.text);
      return rest.decided(null, [{ field: 'date', value: date }]);
    }
    if (isTimeStamp(rest.text)) {
      fire(block, 'generic', 'time-stamp', 'drop', rest.text);
      return rest.decided(null);
    }
  }
  return rest.decided(rest.text);
}

/**
 * What is left of a block's line after the cuts so far, the fields they filled, and what the screen of the
 * cleaner being tried said of it. One object per block, with methods rather than closures made for each
 * block and cleaner: the cleaners label every block of every page (README, Performance, round 10j).
 */
class LineRest {
  text: string;
  norm: string;
  /** The fields the cuts filled; the label's own list once the line is decided. */
  readonly filled: FieldValue[] = [];
  private compiled: CompiledCleaner | null = null;
  private screened = '';
  private screen: ReturnType<NonNullable<CompiledCleaner['screen']>> | undefined = undefined;

  constructor(block: Block) {
    this.text = block.text;
    this.norm = block.norm;
  }

  /** Starts on a cleaner's rules: false when its screen turns the line away. */
  screenFor(compiled: CompiledCleaner): boolean {
    this.compiled = compiled;
    this.screened = this.norm;
    this.screen = compiled.screen?.(this.norm);
    return this.screen !== null;
  }

  /**
   * Whether the rule may match the line: only the rules the screen lets through are tried (every rule of a
   * cleaner without one); a cut changes the line, and the screen is asked again.
   */
  mayMatch(rule: CompiledMatcher): boolean {
    if (this.screened !== this.norm) this.screen = this.compiled!.screen?.((this.screened = this.norm));
    return this.screen !== null && (!this.screen || this.screen.may(rule.place));
  }

  /** A cut: what is left of the line goes on to the rules after it (false when nothing is). */
  passOn(text: string | null, fields?: FieldValue[]): boolean {
    if (fields) this.filled.push(...fields);
    if (text === null) return false;
    this.text = text;
    this.norm = normalizeArabic(text);
    return true;
  }

  /** The label of a line a rule (or none) decided. */
  decided(text: string | null, fields?: FieldValue[]): RawLabel {
    return { text, marker: null, fields: fields ? [...this.filled, ...fields] : this.filled };
  }
}

/** The field values a rule captured, in the original text: named groups, else "value" for the rule's field. */
function capturedFields(text: string, rule: CompiledField, hit: Hit): Partial<Record<FieldName, string>> | null {
  const out: Partial<Record<FieldName, string>> = {};
  for (const field of FIELD_NAMES) {
    const span = hit.groups[field];
    if (span) out[field] = originalSlice(text, span);
  }
  if (rule.field && out[rule.field] === undefined) {
    const value = hit.value ? originalSlice(text, hit.value) : rule.value;
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

/** The longest line of a menu that a dump printed with no bullets, one link a line ("مراكز أبحاث"). */
const MENU_LINK_MAX_WORDS = 2;
/** How many such lines right over a marker make it one more link of the menu ("كتب", Books, under "تحليلات"). */
const MENU_LINKS_ABOVE = 2;

/** Whether the lines right over a block, with no blank line between, are a menu's links printed with no bullets. */
function underLinkRow(blocks: readonly Block[], index: number): boolean {
  for (let k = 1; k <= MENU_LINKS_ABOVE; k++) {
    const above = blocks[index - k];
    if (!above || blocks[index - k + 1]!.gapBefore || wordCount(above.norm) > MENU_LINK_MAX_WORDS) return false;
  }
  return true;
}

/** A wire's "(city - agency)": the agency is the source, the city the dateline's. */
const PLACE_AND_SOURCE = /^\s*\(\s*[^()\-–]{2,30}?\s+[-–]\s+([^()\-–]{2,30}?)\s*\)\s*$/u;

/** The line after a field marker ("المصدر:" then "(أبوظبي - البيان)"): its text is the field's value. */
function fieldFromNextLine(block: Block, marker: FieldMarker, fire: Fire): BlockLabel | null {
  const { kind } = marker;
  const agency = kind === 'source' ? PLACE_AND_SOURCE.exec(block.text)?.[1] : undefined;
  const value = agency ?? block.text.replace(/^[(\s]+|[)\s]+$/gu, '');
  if (!value || block.text.length > DATE_LINE_MAX) return null;
  // A writer's name has two words at least: one word under a byline label is a menu's next section ("كتب",
  // books, then "مراجعات").
  if (kind === 'author' && !/\S\s+\S/u.test(value)) return null;
  // Nor is a date line under it a name ("مراسلنا" alone, then the date): the label signed no one.
  if (kind === 'author' && parseDateLine(block.text) !== null) return null;
  const fields = fieldValues({ [kind]: value });
  if (kind === 'date' && fields.length === 0) return null;
  fire(block, marker.cleaner, marker.rule, describeFields(fields, 'next line removed', kind));
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
