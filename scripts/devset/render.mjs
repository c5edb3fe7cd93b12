/**
 * Page HTML → the text dump forms of the corpus. Five are real third-party renderers, run exactly as
 * ../shared/corpus/_meta/render_text_dumps.sh runs them (Debian bookworm: w3m 0.5.3+git20230121-2,
 * lynx 2.9.0dev.12-1, python3-html2text 2020.1.16-2, html2text 1.3.2a-28; `apt-get install w3m lynx
 * html2text python3-html2text`); "resiliparse" is the corpus's own Resiliparse-like converter
 * (_meta/html2text_resiliparse_like.py); "warc2text" and "trafilatura" are approximations written
 * here from the corpus's real samples of those tools (see each function).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const RENDERERS = ['w3m', 'lynx', 'lynx-refs', 'html2text-py', 'html2text-deb', 'resiliparse', 'warc2text'];

const ENV = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };

function run(command, args) {
  return execFileSync(command, args, { env: ENV, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
}

/** Checks that every renderer is installed, with a message saying how to install it. */
export function checkRenderers() {
  for (const tool of ['w3m', 'lynx', 'html2text', '/usr/bin/python3']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      throw new Error(`${tool} is missing: apt-get install w3m lynx html2text python3-html2text`);
    }
  }
  run('/usr/bin/python3', ['-c', 'import html2text']);
}

/** Where pages are written for the renderers: a fixed path, since lynx prints it in its link list. */
const RENDER_DIR = '/tmp/arnews-devset';

/** Renders HTML with one of RENDERERS; `corpus` is ../shared/corpus (for the Resiliparse-like script). */
export function render(html, style, corpus) {
  const dir = RENDER_DIR;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'page.html');
  fs.writeFileSync(file, html);
  try {
    switch (style) {
      case 'w3m':
        return run('w3m', ['-dump', '-T', 'text/html', '-cols', '200', '-I', 'utf-8', '-O', 'UTF-8', file]);
      case 'lynx':
        return run('lynx', [
          '-dump',
          '-nolist',
          '-width=200',
          '-assume_charset=utf-8',
          '-display_charset=utf-8',
          '-force_html',
          file,
        ]);
      case 'lynx-refs':
        return run('lynx', [
          '-dump',
          '-width=200',
          '-assume_charset=utf-8',
          '-display_charset=utf-8',
          '-force_html',
          file,
        ]);
      case 'html2text-py':
        return run('/usr/bin/python3', ['-m', 'html2text', '--body-width=0', file, 'utf-8']);
      case 'html2text-deb':
        return run('html2text', ['-utf8', '-nobs', '-width', '200', file]);
      case 'resiliparse':
        return run('/usr/bin/python3', [path.join(corpus, '_meta/html2text_resiliparse_like.py'), file]);
      case 'warc2text':
        return warc2textLike(
          html,
          run('/usr/bin/python3', [path.join(corpus, '_meta/html2text_resiliparse_like.py'), file]),
        );
      default:
        throw new Error(`unknown renderer ${style}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * warc2text, as its real output of legwareb.info shows (text/hplt-warc2text-runner-sample100-wide74):
 * the page's <title> on the first line, then one line per block with no bullets and no blank lines
 * between blocks; an empty paragraph (&nbsp;) is a line holding U+00A0.
 */
function warc2textLike(html, resiliparse) {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1].replace(/\s+/g, ' ').trim() ?? '';
  const lines = resiliparse
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/^\s*(?:•|\d+\.)\s+/u, '').replace(/^ +/, ''));
  return `${[decodeEntities(title), ...lines].filter((l, i) => i > 0 || l).join('\n')}\n`;
}

function decodeEntities(text) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));
}
