/**
 * The set of cleaners for a run and how one is chosen for a page. User cleaners come before the
 * built-ins, so they win every tie. With a URL, the cleaner that claims the host (or matches a URL
 * pattern) wins; without one, the cleaner whose text signatures the page shows most; `--site` forces
 * one. The generic cleaner runs on every page, after the chosen one.
 */
import type { Document } from '../document/model.js';
import { compileCleaner, type CompiledCleaner } from './compile.js';
import { loadBuiltinCleaners } from './load.js';
import type { Cleaner } from './schema.js';

export const GENERIC = 'generic';

export class UnknownCleanerError extends Error {}

export class CleanerRegistry {
  readonly cleaners: CompiledCleaner[];
  readonly generic: CompiledCleaner;

  /** @param user user cleaners, highest precedence first; they may replace a built-in of the same name. */
  constructor(user: Cleaner[] = [], builtin: Cleaner[] = loadBuiltinCleaners()) {
    const userNames = new Set(user.map((c) => c.name));
    const all = [...user, ...builtin.filter((c) => !userNames.has(c.name))];
    const generic = all.find((c) => c.name === GENERIC);
    if (!generic) throw new Error('the generic cleaner is missing');
    this.generic = compileCleaner(generic);
    this.cleaners = all.filter((c) => c !== generic).map(compileCleaner);
  }

  byName(name: string): CompiledCleaner {
    if (name === GENERIC) return this.generic;
    const found = this.cleaners.find((c) => c.cleaner.name === name);
    if (!found) throw new UnknownCleanerError(`unknown cleaner "${name}" (see arnews cleaners)`);
    return found;
  }

  /** The site cleaner for a page, or null when none claims it. */
  select(doc: Document, forced?: string | null): CompiledCleaner | null {
    if (forced) {
      const chosen = this.byName(forced);
      return chosen === this.generic ? null : chosen;
    }
    const date = doc.meta.date?.slice(0, 10) ?? null;
    const candidates = this.cleaners.filter((c) => isValidOn(c.cleaner, date));
    const url = doc.meta.url ?? doc.input.url;
    const host = hostOf(url);
    if (url && host) {
      const byUrl = candidates.find((c) => c.cleaner.appliesTo.hosts.some((h) => claimsHost(h, host)) || c.urlPatterns.some((p) => p.test(url)));
      if (byUrl) return byUrl;
    }
    return bySignature(doc, candidates);
  }

  /** The cleaners to run on a page, in the order their rules are tried. */
  pipelineFor(site: CompiledCleaner | null): CompiledCleaner[] {
    return site ? [site, this.generic] : [this.generic];
  }
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

function isValidOn(cleaner: Cleaner, date: string | null): boolean {
  if (!date) return true;
  return (!cleaner.validFrom || date >= cleaner.validFrom) && (!cleaner.validUntil || date <= cleaner.validUntil);
}

function bySignature(doc: Document, candidates: CompiledCleaner[]): CompiledCleaner | null {
  let best: CompiledCleaner | null = null;
  let bestCount = 0;
  for (const c of candidates) {
    if (c.signatures.length === 0) continue;
    let count = 0;
    for (const signature of c.signatures) if (doc.blocks.some((b) => b.norm.includes(signature))) count++;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}
