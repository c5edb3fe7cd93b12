/**
 * Batch jobs at corpus scale (issue 11): directories and lists as inputs, one output per input,
 * resume after a kill, quiet logs, the progress line and shards.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli, startCli } from '../helpers/cli.js';
import { fixture, goldenCase, ROOT, SEED } from '../helpers/fixtures.js';

const ALMAYADEEN = goldenCase('golden/almayadeen-60').source;
let dir: string;
/** A small crawl: nested directories, several input forms, a hidden file, a file arnews does not read, a symlink loop, a bad page. */
let crawl: string;

interface Rec {
  id: string;
  input: { file: string; doc: number; line: number };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'arnews-batch-'));
  crawl = join(dir, 'crawl');
  for (const sub of ['b/deep', 'a', 'a-c']) mkdirSync(join(crawl, sub), { recursive: true });
  copyFileSync(SEED, join(crawl, 'b/deep/seed.txt'));
  copyFileSync(goldenCase('golden/alalam.ir.excerpt').source, join(crawl, 'a/alalam.txt'));
  copyFileSync(goldenCase('html/youm7.com').source, join(crawl, 'a-c/youm7.html'));
  copyFileSync(fixture('learn/saudinewsnet-okaz.jsonl'), join(crawl, 'a/okaz.jsonl'));
  writeFileSync(join(crawl, 'a/empty.txt'), '');
  writeFileSync(join(crawl, '.hidden.txt'), readFileSync(SEED));
  mkdirSync(join(crawl, '.git'));
  copyFileSync(SEED, join(crawl, '.git/seed.txt'));
  writeFileSync(join(crawl, 'notes.pdf'), 'not a page');
  symlinkSync('..', join(crawl, 'b/deep/loop'));
});

/** Every file under a directory, relative path → bytes. */
function tree(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(root, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(root);
  return files;
}

describe('inputs', () => {
  it('walks a directory recursively in sorted order, skipping hidden files, symlink loops and files it does not read', () => {
    const r = runCli(['extract', crawl, '-q']);
    expect(r.status).toBe(1); // a/empty.txt
    const files = [...new Set(jsonLines<Rec>(r.stdout).map((x) => relative(crawl, x.input.file)))];
    // Byte order of the whole relative path ("a-c/…" before "a/…"): the order `LC_ALL=C sort` gives.
    expect(files).toEqual(['a-c/youm7.html', 'a/alalam.txt', 'a/okaz.jsonl', 'b/deep/seed.txt']);
  });

  it('reads only what --glob matches (repeatable)', () => {
    const r = runCli(['extract', crawl, '--glob', '*.html', '--glob', 'b/**/*.txt', '-q']);
    expect([...new Set(jsonLines<Rec>(r.stdout).map((x) => relative(crawl, x.input.file)))]).toEqual([
      'a-c/youm7.html',
      'b/deep/seed.txt',
    ]);
    const none = runCli(['extract', crawl, '--glob', '*.xml']);
    expect(none.status).toBe(0);
    expect(none.stderr).toContain('no file to read in this directory matches --glob *.xml');
  });

  it('reads the inputs listed by --files-from, newline- or NUL-separated, from a file or standard input', () => {
    const list = [join(crawl, 'b/deep/seed.txt'), join(crawl, 'a/alalam.txt')];
    writeFileSync(join(dir, 'list.txt'), `${list.join('\n')}\n`);
    const fromFile = runCli(['extract', '--files-from', join(dir, 'list.txt'), '-q']);
    const fromStdin = runCli(['extract', '--files-from', '-', '-0', '-q'], { input: `${list.join('\0')}\0` });
    const direct = runCli(['extract', ...list, '-q']);
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toBe(direct.stdout);
    expect(fromStdin.stdout).toBe(direct.stdout);
    expect(jsonLines(direct.stdout).length).toBeGreaterThan(2);
  });

  it('names standard input and offsets its lines: chunks fed as `parallel --pipe` does report their true positions', () => {
    const lines = readFileSync(ALMAYADEEN, 'utf8').split('\n').filter(Boolean);
    const whole = runCli(['extract', ALMAYADEEN, '-q']).stdout;
    const first = runCli(['extract', '-q', '--stdin-name', ALMAYADEEN], {
      input: `${lines.slice(0, 25).join('\n')}\n`,
    });
    const second = runCli(['extract', '-q', '--stdin-name', ALMAYADEEN, '--first-line', '26'], {
      input: `${lines.slice(25).join('\n')}\n`,
    });
    expect(first.stdout + second.stdout).toBe(whole);
    expect(jsonLines<Rec>(second.stdout)[0]!.input).toMatchObject({ file: ALMAYADEEN, doc: 25, line: 26 });
  });
});

describe('--out-dir', () => {
  it('writes one output per input, mirroring its path, with an errors file only beside inputs that have errors', () => {
    const out = join(dir, 'out-mirror');
    // An errors file left by an earlier run for an input that has no errors now goes.
    mkdirSync(join(out, 'a'), { recursive: true });
    writeFileSync(join(out, 'a/alalam.errors.jsonl'), '{"stale":true}\n');
    const r = runCli(['extract', crawl, '--out-dir', out]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1); // the summary: the error entries are in their files
    expect(Object.keys(tree(out)).sort()).toEqual(
      [
        '.arnews-manifest.jsonl',
        'a-c/youm7.jsonl',
        'a/alalam.jsonl',
        'a/empty.errors.jsonl',
        'a/empty.jsonl',
        'a/okaz.jsonl',
        'b/deep/seed.jsonl',
      ].sort(),
    );
    expect(readFileSync(join(out, 'a/empty.jsonl'), 'utf8')).toBe('');
    expect(Object.keys(tree(out)).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(
      jsonLines<{ code: string }>(readFileSync(join(out, 'a/empty.errors.jsonl'), 'utf8')).map((e) => e.code),
    ).toEqual(['empty']);
    // Together the outputs hold exactly the records of one run to stdout.
    const single = runCli(['extract', crawl, '-q']).stdout;
    const joined = ['a-c/youm7.jsonl', 'a/alalam.jsonl', 'a/empty.jsonl', 'a/okaz.jsonl', 'b/deep/seed.jsonl']
      .map((f) => readFileSync(join(out, f), 'utf8'))
      .join('');
    expect(joined).toBe(single);
  });

  it('keeps the extension in the name of an output that would otherwise share it with another input', () => {
    const both = join(dir, 'same-stem');
    mkdirSync(both);
    copyFileSync(SEED, join(both, 'page.txt'));
    copyFileSync(goldenCase('html/youm7.com').source, join(both, 'page.html'));
    const out = join(dir, 'out-same-stem');
    expect(runCli(['extract', both, '--out-dir', out, '-q']).status).toBe(0);
    expect(
      Object.keys(tree(out))
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual(['page.html.jsonl', 'page.txt.jsonl']);
  });

  it('gzips: --out-dir … --gzip and -o x.jsonl.gz hold the same bytes as plain output', () => {
    const plain = runCli(['extract', join(crawl, 'a'), '-q']).stdout;
    const out = join(dir, 'out-gz');
    runCli(['extract', join(crawl, 'a'), '--out-dir', out, '--gzip', '-q']);
    const fromDir = ['alalam', 'empty', 'okaz']
      .map((f) => gunzipSync(readFileSync(join(out, `${f}.jsonl.gz`))).toString())
      .join('');
    expect(fromDir).toBe(plain);
    const file = join(dir, 'all.jsonl.gz');
    runCli(['extract', join(crawl, 'a'), '-o', file, '-q']);
    expect(gunzipSync(readFileSync(file)).toString()).toBe(plain);
  });

  it('refuses an output that is an input, however it was found (exit 2)', () => {
    const input = join(crawl, 'a/okaz.jsonl');
    const before = readFileSync(input);
    for (const args of [
      [crawl, '-o', input],
      ['--files-from', '-', '--errors', input],
      [join(crawl, 'a'), '--out-dir', crawl],
    ]) {
      const r = runCli(['extract', ...args], { input: `${join(crawl, 'a/okaz.jsonl')}\n` });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/would be overwritten while it is read/);
    }
    expect(readFileSync(input)).toEqual(before);
  });
});

describe('--resume', () => {
  let inputs: string;
  beforeAll(() => {
    inputs = join(dir, 'resume-in');
    mkdirSync(inputs);
    copyFileSync(SEED, join(inputs, 'a-seed.txt'));
    // The big input the run is killed in: 180 pages.
    const pages = readFileSync(ALMAYADEEN, 'utf8');
    writeFileSync(join(inputs, 'b-big.jsonl'), pages + pages + pages);
    copyFileSync(goldenCase('golden/alalam.ir.excerpt').source, join(inputs, 'c-alalam.txt'));
    writeFileSync(join(inputs, 'd-empty.txt'), '');
  });

  it('skips inputs whose outputs are complete and current, and redoes one that changed or a run with other options', () => {
    const out = join(dir, 'out-resume');
    const args = ['extract', join(inputs), '--glob', '[acd]-*', '--out-dir', out];
    expect(runCli(args).status).toBe(1);
    const again = runCli([...args, '--resume']);
    expect(again.stderr).toMatch(/0 documents read, .* 3 inputs skipped, already done \(--resume\)/);
    // The skipped input with errors still makes the run one with errors.
    expect(again.status).toBe(1);
    // Same size and a new mtime: its hash is checked, it is done again.
    const seed = join(inputs, 'a-seed.txt');
    utimesSync(seed, new Date(), new Date(Date.now() + 5000));
    expect(runCli([...args, '--resume']).stderr).toMatch(/1 document read, .* 2 inputs skipped/);
    // Other options that change output: everything is done again.
    expect(runCli([...args, '--resume', '--ref-date', '2025-01-01']).stderr).toMatch(/3 documents read/);
  });

  it('resumes a run killed mid-file (SIGKILL) to output byte-identical to an uninterrupted run', async () => {
    const whole = join(dir, 'out-whole');
    const killed = join(dir, 'out-killed');
    const args = (out: string): string[] => ['extract', inputs, '--out-dir', out, '--jobs', '1', '-q'];
    expect(runCli(args(whole)).status).toBe(1);
    const run = startCli(args(killed));
    // Kill as soon as the first input is done: the run is inside the big one.
    const manifest = join(killed, '.arnews-manifest.jsonl');
    const inBigFile = (): boolean =>
      existsSync(manifest) &&
      readFileSync(manifest, 'utf8').includes('\n') &&
      readdirSync(killed).some((f) => f.startsWith('b-big.jsonl.tmp-'));
    while (!inBigFile()) await new Promise((r) => setTimeout(r, 10));
    run.child.kill('SIGKILL');
    const ended = await run.done;
    expect(ended.signal).toBe('SIGKILL');
    // Killed mid-file: the big input's temp file is left, and no file that looks complete for it.
    const left = readdirSync(killed);
    expect(left.some((f) => f.startsWith('b-big.jsonl.tmp-'))).toBe(true);
    expect(left).not.toContain('b-big.jsonl');
    const resumed = runCli([...args(killed), '--resume']);
    expect(resumed.status).toBe(1);
    expect(tree(killed)).toEqual(tree(whole));
  }, 120_000);
});

describe('batch logs', () => {
  it('--max-errors N stops a run once N documents failed', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    for (let i = 0; i < 6; i++) writeFileSync(join(bad, `${i}.txt`), '');
    const r = runCli(['extract', bad, '--max-errors', '3', '--jobs', '1', '--errors', join(dir, 'max-errors.jsonl')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/stopped after 3 errors \(--max-errors 3\): 3 documents read/);
    // The --errors file of a run that stopped is not written: the errors that stopped it are shown instead.
    expect(r.stderr.match(/arnews: error: .*empty input/g)).toHaveLength(3);
    expect(existsSync(join(dir, 'max-errors.jsonl'))).toBe(false);
  });

  it('--quiet leaves stderr empty with --errors', () => {
    const r = runCli(['extract', crawl, '--errors', join(dir, 'quiet-errors.jsonl'), '-q']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
  });
});

describe('progress', () => {
  const CLEAR = '\r\x1b[K';

  it('draws a live line when forced (--progress), at most ten times a second, and clears it at the end', () => {
    const started = Date.now();
    const r = runCli([
      'extract',
      ALMAYADEEN,
      '--progress',
      '--jobs',
      '1',
      '-o',
      join(dir, 'progress.jsonl'),
      '--errors',
      join(dir, 'progress-errors.jsonl'),
    ]);
    const seconds = (Date.now() - started) / 1000;
    expect(r.status).toBe(1); // pages 16, 20 and 23 are only boilerplate (side-item dates and the channel footer)
    const draws = r.stderr.split(CLEAR).filter((s) => s.startsWith('arnews: files'));
    expect(draws.length).toBeGreaterThan(0);
    expect(draws.length).toBeLessThanOrEqual(seconds * 10 + 1);
    expect(draws.at(-1)).toMatch(
      /^arnews: files [01]\/1 · \d+ docs · [\d.]+\/[\d.]+ MB · [\d.]+ MB\/s · \d+ records · [0-3] errors/,
    );
    // Cleared, then the summary on a line of its own.
    expect(r.stderr).toMatch(
      new RegExp(
        `${CLEAR.replace('[', '\\[')}arnews: 60 documents read, 57 records written, 3 errors \\(\\d+\\.\\d\\d s\\)\\n$`,
      ),
    );
  });

  it('is never drawn when stderr is not a terminal, with --quiet or with --no-progress', () => {
    expect(runCli(['extract', SEED]).stderr).not.toContain('\r');
    expect(runCli(['extract', SEED, '--progress', '--no-progress']).stderr).not.toContain('\r');
  });

  it('is drawn on a terminal (under script), and not with --quiet', () => {
    if (spawnSync('script', ['--version']).status !== 0)
      return void console.log('skipped: util-linux script is not installed');
    const onTty = (extra: string): string => {
      const command = `node bin/arnews extract ${ALMAYADEEN} --jobs 1 -o ${join(dir, 'tty.jsonl')} ${extra} 2>&1 >/dev/null`;
      return spawnSync('script', ['-qec', command, '/dev/null'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      }).stdout;
    };
    expect(onTty('')).toContain(`${CLEAR}arnews: files`);
    expect(onTty('-q')).not.toContain('arnews: files');
  });
});

const installed = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
/** jq runs the merge command; .ci/run installs it, and the tests that need it are skipped only where apt-get is missing. */
const noJq = !installed('jq') && !installed('apt-get');
if (noJq) console.log('shard merge tests skipped: jq is not installed, and apt-get is not available to install it');

describe('--shard K/N', () => {
  /** The README's command that puts shard outputs back into single-run order. */
  const MERGE = `jq -c '[.input.file, .input.doc, .]' "$@" | LC_ALL=C sort -s -t, -k1,1 -k2,2n | jq -c '.[2]'`;

  it.skipIf(noJq)(
    'N runs by file together give exactly the records of one run; the documented command restores its order',
    () => {
      const single = runCli(['extract', crawl, '-q']).stdout;
      const parts = [1, 2, 3].map((k) => {
        const file = join(dir, `shard-${k}.jsonl`);
        runCli(['extract', crawl, '--shard', `${k}/3`, '-o', file, '-q']);
        return file;
      });
      // Each file in exactly one shard.
      const filesOf = parts.map((p) => new Set(jsonLines<Rec>(readFileSync(p, 'utf8')).map((r) => r.input.file)));
      expect(filesOf.reduce((n, s) => n + s.size, 0)).toBe(
        new Set(jsonLines<Rec>(single).map((r) => r.input.file)).size,
      );
      const merged = spawnSync('bash', ['-c', MERGE, 'merge', ...parts], { encoding: 'utf8' });
      expect(merged.stdout).toBe(single);
    },
  );

  it.skipIf(noJq)('shards one big JSONL by document', () => {
    const single = runCli(['extract', ALMAYADEEN, '-q']).stdout;
    const parts = [1, 2].map((k) => {
      const file = join(dir, `doc-shard-${k}.jsonl`);
      runCli(['extract', ALMAYADEEN, '--shard', `${k}/2`, '-o', file, '-q']);
      return file;
    });
    expect(jsonLines<Rec>(readFileSync(parts[1]!, 'utf8')).every((r) => r.input.doc % 2 === 1)).toBe(true);
    // One text file is one document: the first shard has it, the others nothing.
    expect(runCli(['extract', SEED, '--shard', '2/2', '-q']).stdout).toBe('');
    expect(jsonLines(runCli(['extract', SEED, '--shard', '1/2', '-q']).stdout)).toHaveLength(2);
    expect(spawnSync('bash', ['-c', MERGE, 'merge', ...parts], { encoding: 'utf8' }).stdout).toBe(single);
  });

  it('N shards can share an out dir: together they write the files of one run', () => {
    const single = join(dir, 'out-unsharded');
    const shared = join(dir, 'out-shared');
    runCli(['extract', crawl, '--out-dir', single, '-q']);
    for (const k of [1, 2]) runCli(['extract', crawl, '--shard', `${k}/2`, '--out-dir', shared, '-q']);
    const withoutManifests = (files: Record<string, string>): Record<string, string> =>
      Object.fromEntries(Object.entries(files).filter(([name]) => !name.startsWith('.arnews-manifest')));
    expect(withoutManifests(tree(shared))).toEqual(withoutManifests(tree(single)));
    expect(
      Object.keys(tree(shared))
        .filter((name) => name.startsWith('.arnews-manifest'))
        .sort(),
    ).toEqual(['.arnews-manifest.1-of-2.jsonl', '.arnews-manifest.2-of-2.jsonl']);
  });

  it('rejects a shard that is not K/N with 1 ≤ K ≤ N (exit 2)', () => {
    for (const shard of ['0/2', '3/2', '1', 'a/b'])
      expect(runCli(['extract', SEED, '--shard', shard]).status, shard).toBe(2);
  });
});
