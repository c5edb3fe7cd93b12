/**
 * A paragraph as a text browser prints it (lynx): wrapped greedily at `width` characters, each line indented by
 * `indent`.
 */
export function wrapGreedily(paragraph: string, width: number, indent = '   '): string[] {
  const lines = [''];
  for (const word of paragraph.split(' '))
    if (!lines.at(-1)) lines[lines.length - 1] = word;
    else if (lines.at(-1)!.length + 1 + word.length <= width) lines[lines.length - 1] += ` ${word}`;
    else lines.push(word);
  return lines.map((line) => `${indent}${line}`);
}
