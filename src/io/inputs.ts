/**
 * The inputs of a batch run: the files named, the files under the directories named (walked
 * recursively, in one deterministic order), and the paths listed by `--files-from`. Each input keeps
 * the path records and messages name it by, and the relative path its output mirrors under `--out-dir`.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';

export interface BatchInput {
  /** The path to read, "-" for standard input. */
  source: string;
  /** What records and messages call it: the path, or --stdin-name ("-" by default) for standard input. */
  name: string;
  /**
   * Where its output goes under --out-dir: "a/b" for a/b.txt, its extension dropped unless another
   * input of the run would get the same name ("a/b.txt" and "a/b.html" for a/b.txt and a/b.html).
   */
  relative: string;
}

export interface InputListOptions {
  /** Patterns a file found in a directory must match (any of them); empty: every file arnews reads. */
  globs: string[];
  /** A file listing more inputs, one per line ("-": standard input). */
  filesFrom?: string;
  /** The --files-from list is separated by NUL bytes, not line breaks. */
  nul?: boolean;
  /** Directories whose files are never inputs (the run's own --out-dir). */
  exclude?: string[];
  /** What standard input is called in records. */
  stdinName?: string;
}

/** The files a directory walk takes without --glob: every form arnews reads, gzipped or not. */
const READABLE_EXTENSIONS = ['txt', 'text', 'jsonl', 'ndjson', 'html', 'htm', 'xhtml', 'warc2text'] as const;
const DEFAULT_GLOB = `*.{${READABLE_EXTENSIONS.join(',')}}{,.gz}`;
/** Extensions an output name drops: "b.jsonl.gz" → "b". */
const INPUT_EXTENSION = new RegExp(`\\.(?:${READABLE_EXTENSIONS.join('|')}|json)(?:\\.gz)?$|\\.gz$`, 'i');

/** A --files-from list that cannot be read (exit 2). */
export class InputListError extends Error {}

export interface InputList {
  inputs: BatchInput[];
  /** Directories named that hold no file to read (the user is told: a wrong --glob reads nothing). */
  emptyDirectories: string[];
}

/** Every input of the run, in order: each argument in turn (a directory gives its files, sorted), then the --files-from list. */
export async function listInputs(args: string[], options: InputListOptions): Promise<InputList> {
  let matches: ((path: string) => boolean) | null = null;
  const exclude = await Promise.all(
    (options.exclude ?? []).map((dir) => realpath(dir).catch(() => join(process.cwd(), dir))),
  );
  const named = [...args, ...(options.filesFrom ? await readList(options.filesFrom, options.nul ?? false) : [])];
  const inputs: BatchInput[] = [];
  const emptyDirectories: string[] = [];
  for (const arg of named) {
    if (arg === '-') {
      const name = options.stdinName ?? '-';
      inputs.push({ source: '-', name, relative: name === '-' ? 'stdin' : name });
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (!info?.isDirectory()) {
      // A missing or unreadable file stays an input: it gets its error entry when it is read.
      inputs.push({ source: arg, name: arg, relative: arg });
      continue;
    }
    matches ??= await globMatcher(options.globs);
    const files = await walk(arg, matches, exclude);
    if (files.length === 0) emptyDirectories.push(arg);
    for (const file of files) {
      const path = join(arg, file);
      // "": the directory named could not be read itself.
      inputs.push({ source: path, name: path, relative: file || arg });
    }
  }
  return { inputs: withOutputNames(inputs), emptyDirectories };
}

/**
 * Whether a path under a directory named is an input. A pattern without "/" matches a file's name in any
 * directory, one with "/" its path from the directory named. (picomatch loads only when a directory is
 * walked: a run over files named starts without it.)
 */
async function globMatcher(globs: string[]): Promise<(path: string) => boolean> {
  const { default: picomatch } = await import('picomatch');
  const matchers = (globs.length > 0 ? globs : [DEFAULT_GLOB]).map((glob) =>
    picomatch(glob, { basename: !glob.includes('/'), dot: false }),
  );
  return (path) => matchers.some((match) => match(path));
}

/** Each input's output name: its relative path without leading "/" or "..", and without its extension where that stays unique. */
function withOutputNames(inputs: BatchInput[]): BatchInput[] {
  const paths = inputs.map((input) => safeRelative(input.relative));
  const stems = paths.map((path) => path.replace(INPUT_EXTENSION, '') || path);
  const uses = new Map<string, number>();
  for (const stem of stems) uses.set(stem, (uses.get(stem) ?? 0) + 1);
  return inputs.map((input, i) => ({ ...input, relative: uses.get(stems[i]!)! > 1 ? paths[i]! : stems[i]! }));
}

/** The files under `root`, as paths relative to it, sorted by their bytes (the order `LC_ALL=C sort` gives). */
async function walk(root: string, matches: (path: string) => boolean, exclude: string[]): Promise<string[]> {
  const found: string[] = [];
  // Directories on the way down, by identity: a symlink back to one of them is a loop, not more files.
  const visit = async (dir: string, rel: string, ancestors: Set<string>): Promise<void> => {
    const real = await realpath(dir).catch(() => null);
    if (real === null || exclude.includes(real)) return;
    const { dev, ino } = await stat(real);
    const identity = `${dev}:${ino}`;
    if (ancestors.has(identity)) return;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      // An unreadable directory is an input of its own: reading it gives its error entry, and the walk goes on.
      found.push(rel);
      return;
    }
    const below = new Set(ancestors).add(identity);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const isDirectory =
        entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory());
      if (isDirectory) await visit(path, relPath, below);
      else if (matches(relPath)) found.push(relPath);
    }
  };
  await visit(root, '', new Set());
  return found.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/** A path made relative: "/x/y.txt" → "x/y.txt", "../a.txt" → "a.txt". */
function safeRelative(path: string): string {
  return (
    normalize(path)
      .split(sep)
      .filter((part) => part !== '' && part !== '.' && part !== '..')
      .join('/') || 'stdin'
  );
}

async function readList(source: string, nul: boolean): Promise<string[]> {
  let text: string;
  try {
    text = source === '-' ? await readStdin() : await readFile(source, 'utf8');
  } catch (error) {
    throw new InputListError(`cannot read --files-from ${source}: ${(error as Error).message}`);
  }
  return text.split(nul ? '\0' : /\r?\n/).filter((line) => line !== '');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
