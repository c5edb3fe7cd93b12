/**
 * The article's own publication and update dates, ISO: from its date lines (the input's date metadata is read by
 * dates/metadata.ts).
 */
import type { Block } from '../document/model.js';
import type { FieldValue } from '../cleaners/labels.js';
import { isBefore, isUpdateLabelLine, isUpdateLine, readUpdateStamp } from '../dates/dateline.js';

/**
 * The article's own date: the first date line between its headline and the end of its text (under a
 * standfirst, the byline and date line come after the body's first paragraph), else the date line
 * nearest before its body (a masthead's "today" line comes earlier on the page), else the first date
 * line in the article's span — a line that dates an update alone ("آخر تحديث: …", or under that label's own
 * line) only when no other does. Its last update is the one that date line gives beside the publication ("… |
 * آخر تحديث: …"), else the first update line's.
 */
export function articleDates(
  fields: (FieldValue & { block: Block })[],
  title: Block | null,
  body: Block[],
  blocks: readonly Block[],
): { published: string | null; updated: string | null } {
  const dates = fields.filter((f) => f.field === 'date' && f.value);
  // The update's label may stand alone on the line above its date ("آخر تحديث" over "13 نوفمبر 2024").
  const labelAbove = (block: Block): boolean => {
    const above = blocks[block.index - 1];
    return above !== undefined && isUpdateLabelLine(above.text);
  };
  const updates = dates.filter((f) => isUpdateLine(f.block.text) || labelAbove(f.block));
  const publications = dates.filter((f) => !updates.includes(f));
  const line = publicationLine(publications.length ? publications : dates, title, body);
  if (!line) return { published: null, updated: null };
  const published = line.value;
  const update = updates.find((f) => f !== line && !isBefore(f.value, published));
  return { published, updated: readUpdateStamp(line.block.text, published) ?? update?.value ?? null };
}

/** The date line that dates the article's publication, by where it stands (articleDates). */
function publicationLine(
  dates: (FieldValue & { block: Block })[],
  title: Block | null,
  body: Block[],
): (FieldValue & { block: Block }) | undefined {
  const [first, last] = [body[0], body.at(-1)];
  const underHeadline =
    title && last ? dates.find((f) => f.block.index > title.index && f.block.index < last.index) : undefined;
  const beforeBody = first ? dates.filter((f) => f.block.index < first.index).at(-1) : undefined;
  return underHeadline ?? beforeBody ?? dates[0];
}
