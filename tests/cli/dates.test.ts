import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { ROOT, SEED as SEED_ID } from '../helpers/fixtures.js';

// The CLI as users run it: bin/arnews on the built dist/ (npm test builds first).
const SEED = join(ROOT, SEED_ID);

function arnews(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [BIN, 'dates', ...args], { input, encoding: 'utf8' });
  return {
    code: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    lines: run.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
  };
}

describe('arnews dates', () => {
  it('prints one JSON line per input line with --lines, 1-based, with the line and its mentions', () => {
    const { code, lines } = arnews(
      ['--lines', '--ref-date', '2025-04-27'],
      'اليوم السبت\nلا تاريخ هنا\nفي 12 أبريل الجاري\n',
    );
    expect(code).toBe(0);
    expect(lines.map((l) => [l.line, l.text, l.mentions.map((m: { value: string }) => m.value)])).toEqual([
      [1, 'اليوم السبت', ['2025-04-26']],
      [2, 'لا تاريخ هنا', []],
      [3, 'في 12 أبريل الجاري', ['2025-04-12']],
    ]);
  });

  it('treats each input as one text without --lines, and reads - as standard input', () => {
    const { code, lines } = arnews([SEED, '-', '--ref-date', '2025-04-27'], '18 مارس الماضي');
    expect(code).toBe(0);
    expect(lines).toHaveLength(2);
    expect(lines[0].file).toBe(SEED);
    expect(lines[0].mentions.map((m: { text: string }) => m.text)).toContain('12 أبريل/ نيسان الجاري');
    expect(lines[1]).toEqual({
      file: '-',
      mentions: [
        {
          text: '18 مارس الماضي',
          start: 0,
          end: 14,
          kind: 'date',
          value: '2025-03-18',
          grain: 'day',
          calendar: 'gregorian',
          hijri: null,
          mod: null,
        },
      ],
    });
  });

  it('applies --week-start and --prefer', () => {
    const weeks = arnews(
      ['--lines', '--ref-date', '2025-04-27', '--week-start', 'monday', '--prefer', 'future'],
      'الأسبوع الماضي\nالاثنين\n',
    );
    expect(weeks.lines.map((l) => l.mentions[0].value)).toEqual(['2025-04-14/2025-04-20', '2025-04-28']);
  });

  it('adds the file to each line when --lines reads several inputs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arnews-dates-'));
    const [a, b] = [join(dir, 'a.txt'), join(dir, 'b.txt')];
    writeFileSync(a, 'عام 2018\n');
    writeFileSync(b, 'عام 2019\n');
    expect(arnews(['--lines', a, b]).lines.map((l) => [l.file, l.line, l.mentions[0].value])).toEqual([
      [a, 1, '2018'],
      [b, 1, '2019'],
    ]);
  });

  it('names a missing file on stderr, goes on with the others, and exits 1', () => {
    const { code, stderr, lines } = arnews(['no-such-file.txt', '-'], 'عام 2018');
    expect(code).toBe(1);
    expect(stderr).toContain('no-such-file.txt');
    expect(lines).toEqual([{ file: '-', mentions: [expect.objectContaining({ value: '2018' })] }]);
  });

  it.each([
    [['--ref-date', '2025-13-01'], '--ref-date'],
    [['--ref-date', 'tomorrow'], '--ref-date'],
    [['--week-start', 'friday'], '--week-start'],
    [['--prefer', 'soon'], '--prefer'],
  ])('rejects %j with exit 2', (args, option) => {
    const { code, stderr } = arnews([...args, '-'], 'اليوم');
    expect(code).toBe(2);
    expect(stderr).toContain(option);
  });

  it('stops quietly when the reader closes the pipe (arnews dates … | head -1)', async () => {
    const child = spawn(process.execPath, [BIN, 'dates', '--lines', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdin.end('في 12 أبريل 2025 الساعة 10 صباحا\n'.repeat(50_000));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk) => resolve(String(chunk))));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(JSON.parse(first.split('\n')[0] ?? '').line).toBe(1);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
