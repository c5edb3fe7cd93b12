/** The heading elements, h1 (the highest) to h6: the front end's block kinds, related lists and tree repairs read them. */
export const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;
export const HEADINGS: ReadonlySet<string> = new Set(HEADING_TAGS);

/** The level of a heading element (1 for h1), or null for any other element. */
export function headingLevel(name: string): number | null {
  return HEADINGS.has(name) ? Number(name[1]) : null;
}
