/**
 * Round 50: a writer's card printed as the text's last paragraph with no heading, found by the name the
 * article's own byline gives (no wording of the card is matched).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { DATE, HEADLINE, P, page } from '../../helpers/hospital-page.js';

const CARD = 'هشام عدرة كاتب ومحلل، له مقالات منشورة في عدد من الصحف والمواقع.';

describe("a writer's card under the text", () => {
  it("opening with the byline's name, it is no paragraph", () => {
    for (const card of [
      CARD,
      'هشام عدرة صحفي يكتب في الشؤون السياسية والاقتصادية، عمل مراسلاً لعدد من الصحف العربية.',
    ]) {
      const [r] = extract(page(HEADLINE, DATE, 'بقلم: هشام عدرة', ...P, card));
      expect(r!.author).toBe('هشام عدرة');
      expect(r!.paragraphs, card).toEqual(P);
    }
  });

  it('a last paragraph opening with another name, or with no byline on the page, is the text', () => {
    expect(extract(page(HEADLINE, DATE, 'بقلم: سامر خليل', ...P, CARD))[0]!.paragraphs).toEqual([...P, CARD]);
    expect(extract(page(HEADLINE, DATE, ...P, CARD))[0]!.paragraphs).toEqual([...P, CARD]);
  });

  it("a long last paragraph opening with the writer's name is the text", () => {
    const long = `هشام عدرة ${P[0]} ${P[1]}`;
    expect(extract(page(HEADLINE, DATE, 'بقلم: هشام عدرة', ...P, long))[0]!.paragraphs).toEqual([...P, long]);
  });
});
