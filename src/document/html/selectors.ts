/**
 * Per-site CSS selector rules for HTML pages. A cleaner's JSON carries them under its `html` key;
 * the pipeline passes the selected cleaner's rules to `htmlToDocument`. Every field is a list of
 * selectors tried in order: the first that matches anything wins.
 */
import { z } from 'zod';
import { RELATIONS } from '../../vocabulary.js';

const SelectorList = z.array(z.string().min(1)).min(1);

export const HtmlSelectorsSchema = z
  .object({
    content: SelectorList.optional().describe(
      'The article body: every element the first matching selector finds is a content root; all other blocks are outside.',
    ),
    remove: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'Elements dropped before anything is read (ads, share rows, embedded teasers); every selector applies.',
      ),
    title: SelectorList.optional().describe('The headline element; its text overrides the metadata title.'),
    date: SelectorList.optional().describe(
      'The publication date element: its datetime/content attribute, else its text.',
    ),
    author: SelectorList.optional().describe('The byline element.'),
    tags: SelectorList.optional().describe('Tag links (or elements): their texts become keywords.'),
    related: z
      .array(z.object({ selector: z.string().min(1), relation: z.enum(RELATIONS) }).strict())
      .optional()
      .describe('Related-article lists: the links inside each matching element, with their relation.'),
  })
  .strict();

export type HtmlSelectors = z.infer<typeof HtmlSelectorsSchema>;
