/**
 * Cleaner files are JSON with comments (JSONC, as VS Code and tsconfig.json write it): `// …` to the end of the
 * line and `/* … *\/` anywhere outside a string. Comments become spaces, line breaks kept, so that an error in
 * the JSON is reported at its own line and column.
 */

/** Parses JSON with comments; a SyntaxError names the line and column where it can. */
export function parseJsonc(text: string): unknown {
  const json = withoutComments(text);
  try {
    return JSON.parse(json);
  } catch (error) {
    const at = /at position (\d+)/.exec((error as Error).message);
    if (!at) throw error;
    const before = json.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    throw new SyntaxError(
      `${(error as Error).message} (line ${line}, column ${before.length - before.lastIndexOf('\n')})`,
    );
  }
}

function withoutComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      // A string, escapes and all, is copied as it is.
      const start = i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      out += text.slice(start, ++i);
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      // To the end of the line, or past "*/"; an unclosed comment runs to the end of the file.
      const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : text[i + 1] === '/' ? end : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
