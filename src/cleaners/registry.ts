/**
 * The set of cleaners for a run and how one is chosen for a page. User cleaners come before the
 * built-ins and replace a built-in of the same name. With a URL, the cleaner that claims the host (or
 * matches a URL pattern) wins; without one, the cleaner whose text signatures the page shows most;
 * `--site` forces one. The generic cleaner runs on every page, after the chosen one.
 *
 * Cleaners that share a name are versions of one site's rules (Fundus-style), each valid for a period
 * (`validFrom`/`validUntil`): the version whose period holds the page date is used, the nearest one
 * when none does, and the newest when the page date is unknown.
 */
import { parseDateLine } from '../dates/dateline.js';
import { readMetadataDate } from '../dates/metadata.js';
import type { Document } from '../document/model.js';
import { LiteralSet } from '../text/literals.js';
import { anyOfMatchingForms } from '../text/normalize.js';
import { wordCount } from '../text/words.js';
import { COPYRIGHT_MARK, SOURCE_LABELS } from '../vocabulary.js';
import { compileCleaner, type CompiledCleaner } from './compile.js';
import { loadBuiltinCleaners } from './builtins.js';
import type { Cleaner } from './schema.js';

const GENERIC = 'generic';

// The cleaner ranking's numbers, in one block (issue 12).
/** Date lines are short; longer blocks are sentences that mention a date. */
export const DATE_LINE_MAX = 120;
/** How many blocks from the top the page date is looked for when the input gives none. */
const PAGE_DATE_LOOKAHEAD = 80;
/**
 * A candidate's rank, lowest first: a built-in cleaner ranks after every user cleaner (this outweighs
 * any host length times HOST_CHAR_RANK)…
 */
const BUILTIN_RANK = 1e6;
/** …then each character of the host a cleaner claims outranks any difference of precedence order (fewer cleaners than this). */
const HOST_CHAR_RANK = 1e3;
/** A version is chosen by the day of the page's date: its first ten characters, "YYYY-MM-DD". */
const ISO_DAY_CHARS = 'YYYY-MM-DD'.length;
const MS_PER_DAY = 86_400_000;

/**
 * A signature marks the site where the site prints it: on a line of its furniture (a header, a menu, a credit of
 * its own: this many words at most; a copyright line of any length; a line it opens, as a site's blurb about itself
 * does, or ends, as "… المزيد المزيد" ends a tag line), or in its dateline, which opens the text with a place of a
 * few words and the site's name beside a dash ("عمان - المدينة نيوز :- …", "دمشق-سانا …", "دبي، الإمارات العربية
 * المتحدة (CNN) -- …"). Elsewhere in a longer line the same name is a mention ("وقد حاولت "العربية.نت" أن …"; a
 * hashtag, even one that opens or ends the line: an embedded post's, "… لتجنيدهم.#الميادين"); after a source label
 * it credits the outlet whose story the page republishes ("المصدر: سكاي نيوز عربية"); run into letters it is part
 * of another word ("#الميادين_لبنان").
 */
const SITE_MARK_LINE_WORDS = 12;
const DATELINE_PLACE_WORDS = 4;
const DASH_BEFORE = /[-–—]\s*$/u;
const DASH_INSIDE = /[-–—]/u;
const DASH_AFTER = /^\s*:?\s*[-–—]/u;
/** What may follow a signature that ends its line: marks, but no sentence's full stop ("… سكاي نيوز عربية."). */
const LINE_END = /^[^\p{L}\p{N}.]*$/u;
const HASHTAG = '#';
const CREDITED_SOURCE = new RegExp(`^\\(?\\s*${anyOfMatchingForms(SOURCE_LABELS)}\\s*[:：]?\\s*$`, 'u');
/** A source label with its bracket and spaces is this long at most: a longer start of a line is no label. */
const SOURCE_LABEL_MAX_CHARS = 30;
const WORD_UNIT = /[\p{L}\p{N}_]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a signature's edge runs into the letters beside it ("#الميادين_لبنان"). */
const glued = (inside: string, outside: string | undefined): boolean =>
  outside !== undefined && WORD_UNIT.test(inside) && WORD_UNIT.test(outside);

/** The words before `at`, counted back from it and no further than `limit + 1`. */
function wordsBefore(text: string, at: number, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let i = at - 1; i >= 0 && count <= limit; i--) {
    const isWord = WORD_CHAR.test(text[i]!);
    if (isWord && !inWord) count++;
    inWord = isWord;
  }
  return count;
}

/**
 * The test of whether a signature found at `at` in a block's matching form marks the page's site (see
 * SITE_MARK_LINE_WORDS), for one page. What it reads of a whole block (its words, a copyright mark) it reads once
 * per block, and before a signature it reads a few words at most: a block that repeats a name thousands of times
 * costs linear time, not quadratic.
 */
function siteMarkTest(): (text: string, at: number, length: number) => boolean {
  let block: string | null = null;
  let furniture = false;
  return (text, at, length) => {
    const end = at + length;
    if (glued(text[at]!, text[at - 1]) || glued(text[end - 1]!, text[end])) return false;
    if (at > 0 && at <= SOURCE_LABEL_MAX_CHARS && CREDITED_SOURCE.test(text.slice(0, at))) return false;
    if (text !== block) {
      block = text;
      furniture = wordCount(text) <= SITE_MARK_LINE_WORDS || COPYRIGHT_MARK.test(text);
    }
    if (furniture) return true;
    if (text[at] === HASHTAG) return false;
    const place = wordsBefore(text, at, DATELINE_PLACE_WORDS);
    const after = text.slice(end);
    if (place === 0 || LINE_END.test(after)) return true;
    if (place > DATELINE_PLACE_WORDS) return false;
    return DASH_BEFORE.test(text.slice(0, at)) || DASH_INSIDE.test(text.slice(at, end)) || DASH_AFTER.test(after);
  };
}

export class UnknownCleanerError extends Error {}

/** How a site cleaner was chosen, for --explain. */
interface SelectedBy {
  how: 'forced' | 'host' | 'url' | 'signature';
  /** The host, URL pattern or signatures that decided. */
  evidence: string;
  /** The page date the version was chosen for, when one was known and the cleaner has a period (see versionDate). */
  date: string | null;
}

export type SelectedCleaner = CompiledCleaner & { selectedBy: SelectedBy };

/** A cleaner that claims a host, with its precedence and the host as it wrote it. */
interface HostClaim {
  cleaner: CompiledCleaner;
  order: number;
  claimed: string;
}

export class CleanerRegistry {
  /** Every site cleaner version, highest precedence first. */
  readonly cleaners: CompiledCleaner[];
  readonly generic: CompiledCleaner;
  /** The cleaners claiming each host (lower case), in precedence order. */
  private readonly claims = new Map<string, HostClaim[]>();
  /** The cleaners with URL patterns, with their precedence. */
  private readonly withUrlPatterns: { cleaner: CompiledCleaner; order: number }[];
  /** Every signature of every site cleaner, found on a page in one pass. */
  private readonly signatures: LiteralSet;
  /** For each cleaner, the index of each of its signatures in `signatures`. */
  private readonly signatureIds: number[][];
  /** The user's cleaners, which go before every built-in: known by where they came in, not by their origin's spelling. */
  private readonly fromUser: ReadonlySet<Cleaner>;

  /** @param user user cleaners, highest precedence first; they replace every built-in version of the same name. */
  constructor(user: Cleaner[] = [], builtin: Cleaner[] = loadBuiltinCleaners()) {
    this.fromUser = new Set(user);
    const userNames = new Set(user.map((c) => c.name));
    const all = [...user, ...builtin.filter((c) => !userNames.has(c.name))];
    const generic = all.find((c) => c.name === GENERIC);
    if (!generic) throw new Error('the generic cleaner is missing');
    const compile = (cleaner: Cleaner): CompiledCleaner => compileCleaner(cleaner, !this.fromUser.has(cleaner));
    this.generic = compile(generic);
    this.cleaners = all.filter((c) => c.name !== GENERIC).map(compile);
    this.cleaners.forEach((cleaner, order) => {
      for (const claimed of cleaner.cleaner.appliesTo.hosts) {
        const host = claimed.toLowerCase();
        const claims = this.claims.get(host);
        if (claims) claims.push({ cleaner, order, claimed });
        else this.claims.set(host, [{ cleaner, order, claimed }]);
      }
    });
    this.withUrlPatterns = this.cleaners.flatMap((cleaner, order) =>
      cleaner.urlPatterns.length > 0 ? [{ cleaner, order }] : [],
    );
    this.signatures = new LiteralSet(this.cleaners.flatMap((c) => c.signatures));
    const signatureId = new Map(this.signatures.literals.map((s, i) => [s, i]));
    this.signatureIds = this.cleaners.map((c) => c.signatures.map((s) => signatureId.get(s)!));
  }

  /** The names of the site cleaners, in precedence order, each once. */
  names(): string[] {
    return [...new Set(this.cleaners.map((c) => c.cleaner.name))];
  }

  /** A cleaner by name: the version for `date` (the newest when null). */
  byName(name: string, date: string | null = null): CompiledCleaner {
    return name === GENERIC ? this.generic : pickVersion(this.versionsOf(name), () => date);
  }

  /** The versions of a site cleaner. */
  private versionsOf(name: string): CompiledCleaner[] {
    const versions = this.cleaners.filter((c) => c.cleaner.name === name);
    if (versions.length === 0) throw new UnknownCleanerError(`unknown cleaner "${name}" (see arnews cleaners)`);
    return versions;
  }

  /** The site cleaner for a page, or null when none claims it (or `--site generic`). */
  select(doc: Document, forced?: string | null): SelectedCleaner | null {
    // Only a choice between versions, or a version's period in --explain, needs the page's date (no
    // built-in cleaner has either): its date lines are read then, not on every page.
    let date: string | null | undefined;
    const dateOf = (): string | null => (date === undefined ? (date = pageDate(doc)) : date);
    if (forced) {
      if (forced === GENERIC) return null;
      const chosen = pickVersion(this.versionsOf(forced), dateOf);
      return {
        ...chosen,
        selectedBy: { how: 'forced', evidence: `--site ${forced}`, date: versionDate(chosen, dateOf) },
      };
    }
    const url = doc.meta.url ?? doc.input.url;
    const host = hostOf(url);
    if (url) {
      const byUrl = this.byUrl(url, host, dateOf);
      if (byUrl) return byUrl;
    }
    return this.bySignature(doc, dateOf);
  }

  /**
   * For --explain on a page no cleaner was chosen for: the site cleaners whose signatures the page holds only where
   * they do not mark the site (see siteMarkTest), each with a signature as the cleaner writes it and the first block
   * that names it, so that a reader sees why "المصدر: سكاي نيوز عربية" left the page's site null.
   */
  namedOnly(doc: Document): { cleaner: string; signature: string; block: Document['blocks'][number] }[] {
    const norms = doc.blocks.map((b) => b.norm);
    const anywhere = this.signatures.find(norms);
    const asMark = this.signatures.find(norms, siteMarkTest());
    const seen = new Set<string>();
    return this.cleaners.flatMap((c, i) => {
      if (seen.has(c.cleaner.name)) return [];
      const ids = this.signatureIds[i]!;
      const k = ids.findIndex((id) => anywhere[id] === 1 && asMark[id] === 0);
      if (k < 0) return [];
      seen.add(c.cleaner.name);
      const block = doc.blocks.find((b) => b.norm.includes(c.signatures[k]!))!;
      return [{ cleaner: c.cleaner.name, signature: c.cleaner.appliesTo.signatures[k]!, block }];
    });
  }

  /** The cleaners to run on a page, in the order their rules are tried. */
  pipelineFor(site: CompiledCleaner | null): CompiledCleaner[] {
    return site ? [site, this.generic] : [this.generic];
  }

  /** User cleaners first; among the rest, the cleaner claiming the longest (most specific) host. */
  private byUrl(url: string, host: string | null, dateOf: () => string | null): SelectedCleaner | null {
    const candidates: {
      cleaner: CompiledCleaner;
      order: number;
      how: 'host' | 'url';
      evidence: string;
      claimedLength: number;
    }[] = [];
    // The host and each parent domain, most specific first: a cleaner's first claim is its longest.
    const claiming = new Set<CompiledCleaner>();
    for (const suffix of host ? hostAndParents(host) : []) {
      for (const { cleaner, order, claimed } of this.claims.get(suffix) ?? []) {
        if (claiming.has(cleaner)) continue;
        claiming.add(cleaner);
        candidates.push({ cleaner, order, how: 'host', evidence: claimed, claimedLength: claimed.length });
      }
    }
    for (const { cleaner, order } of this.withUrlPatterns) {
      const pattern = claiming.has(cleaner) ? undefined : cleaner.urlPatterns.find((p) => p.test(url));
      if (pattern) candidates.push({ cleaner, order, how: 'url', evidence: pattern.source, claimedLength: 0 });
    }
    // User cleaners before built-ins; then the most specific host; then precedence order.
    const rank = (c: (typeof candidates)[number]): number =>
      (this.fromUser.has(c.cleaner.cleaner) ? 0 : BUILTIN_RANK) - c.claimedLength * HOST_CHAR_RANK + c.order;
    const best = candidates.reduce<(typeof candidates)[number] | null>(
      (a, b) => (!a || rank(b) < rank(a) ? b : a),
      null,
    );
    if (!best) return null;
    const { cleaner, how, evidence } = best;
    const versions = this.cleaners.filter((c) => c.cleaner.name === cleaner.cleaner.name && claimsUrl(c, url, host));
    const chosen = pickVersion(versions, dateOf);
    return { ...chosen, selectedBy: { how, evidence, date: versionDate(chosen, dateOf) } };
  }

  /** The cleaner whose signatures the page shows most; ties go to precedence order. */
  private bySignature(doc: Document, dateOf: () => string | null): SelectedCleaner | null {
    const present = this.signatures.find(
      doc.blocks.map((b) => b.norm),
      siteMarkTest(),
    );
    const scored = this.cleaners
      .map((c, i) => ({ c, found: c.signatures.filter((_, j) => present[this.signatureIds[i]![j]!] === 1) }))
      .filter((s) => s.found.length > 0);
    if (scored.length === 0) return null;
    const top = scored.reduce((a, b) => (b.found.length > a.found.length ? b : a));
    const name = top.c.cleaner.name;
    const versions = scored.filter((s) => s.c.cleaner.name === name);
    // Without a date, the version that matches best; with one, the version for that date.
    const date = versions.length > 1 ? dateOf() : null;
    const chosen = date
      ? pickVersion(
          versions.map((v) => v.c),
          () => date,
        )
      : versions.reduce((a, b) =>
          b.found.length > a.found.length || (b.found.length === a.found.length && newer(b.c, a.c)) ? b : a,
        ).c;
    const found = versions.find((v) => v.c === chosen)!.found;
    return {
      ...chosen,
      selectedBy: { how: 'signature', evidence: found.join(' | '), date: versionDate(chosen, dateOf) },
    };
  }
}

/** "a.b.example.com", "b.example.com", "example.com", "com": the names a cleaner may claim the host by. */
function hostAndParents(host: string): string[] {
  const names = [host];
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) names.push(host.slice(dot + 1));
  return names;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function claimsHost(claimed: string, host: string): boolean {
  const h = claimed.toLowerCase();
  return host === h || host.endsWith(`.${h}`);
}

function claimsUrl(c: CompiledCleaner, url: string, host: string | null): boolean {
  return (
    (host !== null && c.cleaner.appliesTo.hosts.some((h) => claimsHost(h, host))) ||
    c.urlPatterns.some((p) => p.test(url))
  );
}

/**
 * The page's publication date (YYYY-MM-DD) for choosing a version: the input's date metadata, else the
 * first date line near the top of the page, else null.
 */
function pageDate(doc: Document): string | null {
  const fromMeta = readMetadataDate(doc.meta.date).value?.slice(0, ISO_DAY_CHARS);
  if (fromMeta) return fromMeta;
  for (const block of doc.blocks.slice(0, PAGE_DATE_LOOKAHEAD)) {
    if (block.text.length > DATE_LINE_MAX) continue;
    const iso = parseDateLine(block.text);
    if (iso) return iso.slice(0, ISO_DAY_CHARS);
  }
  return null;
}

const EARLIEST = '0000-01-01';
const LATEST = '9999-12-31';

function newer(a: CompiledCleaner, b: CompiledCleaner): boolean {
  const [ua, ub] = [a.cleaner.validUntil ?? LATEST, b.cleaner.validUntil ?? LATEST];
  return ua !== ub ? ua > ub : (a.cleaner.validFrom ?? EARLIEST) > (b.cleaner.validFrom ?? EARLIEST);
}

/** Days from a date to a version's period (0 when the period holds it). */
function distance(c: CompiledCleaner, date: string): number {
  const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
  const from = c.cleaner.validFrom ?? EARLIEST;
  const until = c.cleaner.validUntil ?? LATEST;
  if (date < from) return day(from) - day(date);
  if (date > until) return day(date) - day(until);
  return 0;
}

/**
 * The version whose period holds the date (else the nearest); the newest when the date is unknown. The
 * date is asked for only when there is a choice.
 */
function pickVersion(versions: CompiledCleaner[], dateOf: () => string | null): CompiledCleaner {
  if (versions.length === 1) return versions[0]!;
  const date = dateOf();
  if (date) return versions.reduce((a, b) => (distance(b, date) < distance(a, date) ? b : a));
  return versions.reduce((a, b) => (newer(b, a) ? b : a));
}

/** The page date --explain gives beside a version's period; null for a cleaner without one (not read then). */
function versionDate(chosen: CompiledCleaner, dateOf: () => string | null): string | null {
  return chosen.cleaner.validFrom || chosen.cleaner.validUntil ? dateOf() : null;
}
