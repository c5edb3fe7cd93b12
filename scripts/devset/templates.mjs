/**
 * The twelve Arabic article pages of ../shared/corpus/html as page templates: where each page holds
 * its article (headline, paragraphs, tag list, the end of the article's tail) and its titled lists of
 * other articles, by CSS selector, and what a reader finds in its frame (date line, byline, source,
 * photo credit), written by reading the page. build-devset.mjs puts other real articles into these
 * frames; the frame's own fields stay the gold of the main article.
 *
 * Keys:
 * - title: the headline element(s).
 * - paras: the paragraph elements of the body (slots filled in order; extra paragraphs follow the last
 *   slot, spare slots are removed), or brBody: one element whose paragraphs are joined by <br><br>.
 * - paraTag: the element extra paragraphs are made of (default p); spacer: HTML put between paragraphs.
 * - prefix: text the site writes before the first paragraph (a source tag), with the source it names.
 * - standfirst: a subtitle element (filled with the article's standfirst, or removed), else standfirstAfter.
 * - kickerBefore: where a kicker line (عاجل, a section name) may go, just before the headline.
 * - tags: the tag block, replaced by the composite's tag block; tagsAfter when the page has none.
 * - tail: the element after which further articles of the page go (after the first article's tail).
 * - lists: titled lists of other articles: { heading, items } selectors, items assigned to the heading
 *   before them in page order; the relation comes from the heading's text (relationOf in build-devset).
 * - remove: parts of the frame that only fit the page's own article (its topic line), left out of composites.
 * - frame: the gold of the page's own fields (published ISO, author, source, imageCredit).
 * - original: what differs in the page's own article from what the selectors give (real-page gold).
 */
export const HTML_TEMPLATES = [
  {
    site: 'youm7.com',
    file: 'html/youm7.com/1691196862.html',
    title: 'div.articleHeader h1',
    brBody: '#articleBody',
    kickerBefore: 'div.articleHeader h1',
    standfirstAfter: 'div.articleHeader h1',
    tags: '.articleCont > div.tags',
    tagStyle: 'youm7',
    tail: '.articleCont > div.tags',
    lists: [
      { heading: '.articleCont .most-read > p', items: '.articleCont .news-dev8 h3 a' },
      {
        heading: 'aside.left-Content > h2',
        items: 'aside.left-Content .most-read h3 a, aside.left-Content .most-read .FullTrend a',
      },
    ],
    frame: { published: '2020-08-24T09:23', author: 'أسماء نصار', source: null, imageCredit: null },
    original: { keywords: ['وزير الرى', 'الأمن المستدام', 'الخزانات الجوفية', 'جامعة القاهرة'] },
  },
  {
    site: 'akhbarelyom.com',
    file: 'html/akhbarelyom.com/1731695567.html',
    title: 'h1.entry-title',
    paras: '.entry-content.HtmlDecode > p',
    kickerBefore: 'h1.entry-title',
    standfirstAfter: 'h1.entry-title',
    tags: 'div.post-tags:not(.share-icons)',
    tagStyle: 'akhbarelyom',
    tail: 'div.post-tags.share-icons',
    lists: [
      { heading: '.breaking-ribbon h4', items: '.newsticker li a' },
      { heading: 'article > div.module .Related h2', items: 'article > div.module h4 a' },
      { heading: '.Newsmost-reads .module-title h2', items: '.Newsmost-reads h4 a' },
    ],
    frame: { published: '2020-10-07T12:09', author: 'نورهان نبيل', source: null, imageCredit: null },
    original: { keywords: ['النمر', 'مدرسة البنات', 'نعيمة عاكف', 'فتاة السيرك', 'بياعة الجرايد'] },
  },
  {
    site: 'albayan.ae',
    file: 'html/albayan.ae/1623715966.html',
    title: 'article h1.title',
    paras: '#articledetails > p:not(.follow-google)',
    kickerBefore: 'article h1.title',
    standfirstAfter: 'article h1.title',
    tagsAfter: '#articledetails > p.follow-google',
    tail: '#articledetails > div.shareholder',
    lists: [],
    frame: { published: '2020-06-03', author: null, source: 'البيان', imageCredit: null },
    original: { keywords: [] },
  },
  {
    site: 'almadenahnews.com',
    file: 'html/almadenahnews.com/1588107198.html',
    title: '.main_artlce_title h1',
    brBody: '.main_article_body > p',
    prefix: { text: 'المدينة نيوز :-  ', source: 'المدينة نيوز' },
    kickerBefore: '.main_artlce_title h1',
    standfirstAfter: '.main_artlce_title .article_created',
    tagsAfter: '.main_article_body > p',
    tail: '.main_article_body > div',
    lists: [
      { heading: '#hot_articles_wrap .boxTitle', items: '#hot_articles_wrap .hot_article a' },
      { heading: '.related-news .boxTitle', items: '.related-news .newsTitle a' },
      { heading: '#readers .boxTitle', items: '#readers .boxContent a' },
      { heading: '#slidebox .readmoreDiv', items: '#slidebox .slideboxTitle a' },
    ],
    frame: { published: '2020-04-24T21:22', author: null, source: 'المدينة نيوز', imageCredit: null },
    original: { source: 'بترا' },
  },
  {
    site: 'alyaum.com',
    file: 'html/alyaum.com/1784190729.html',
    title: 'h1',
    brBody: 'article.aksa-o2 > div.font-grey.font-16',
    kickerBefore: 'h1',
    standfirstAfter: 'h1',
    tagsAfter: 'article.aksa-o2 > div.font-grey.font-16',
    tail: 'article.aksa-o2',
    lists: [
      { heading: '#mostReadWidget ul.nav-outer li.title a', items: '#mostReadWidget .tab-content a.article-title' },
      { heading: '.aksa-related-articles-widget .aksa-title', items: '.aksa-related-articles-widget a.article-title' },
    ],
    frame: { published: '2020-12-01T02:00', author: 'حسام أبو العلا', source: null, imageCredit: null },
    original: { keywords: [] },
  },
  {
    site: 'arabic.cnn.com',
    file: 'html/arabic.cnn.com/source.html',
    title: '#cnnContentContainer > h1',
    paras: '.cnn_strycntntrgt > p',
    prefix: { text: 'دمشق، سوريا (CNN) -- ', source: 'CNN' },
    kickerBefore: '#cnnContentContainer > h1',
    standfirstAfter: '#cnnContentContainer > h1',
    tagsAfter: '.cnn_strycntntrgt > p:last-of-type',
    tail: '.cnn_strycntntrgt > div.cnn_divline',
    lists: [{ heading: '.cnn_strycrcntr h4', items: '.cnn_strycrcntr h2 a' }],
    frame: { published: '2013-08-28T14:00', author: null, source: 'CNN', imageCredit: null },
    original: { keywords: [] },
  },
  {
    site: 'arabic.sputniknews.com',
    file: 'html/arabic.sputniknews.com/1550981615.html',
    title: 'h1',
    paras: '.b-article__lead > p, .b-article__text > p',
    kickerBefore: 'h1',
    standfirstAfter: 'h1',
    tags: '.b-article__refs-tags',
    tagStyle: 'sputnik',
    tail: '.b-article__refs',
    lists: [
      { heading: '.b-article__refs dt h3', items: '.b-article__refs dd a' },
      { heading: '.b-news .b-tabs__head-item', items: '.b-news .b-tabs__content li a' },
      { heading: '.b-multimedia-light h6', items: '.b-multimedia-light__title a' },
    ],
    // The story's topic belongs to the page's own article: composite pages leave it out.
    remove: [
      '.b-article__refs-story',
      '.b-article__refs-list:has(.b-article__refs-item-description:contains("الموضوع"))',
    ],
    frame: {
      published: '2020-03-17T17:27',
      author: null,
      source: null,
      imageCredit: 'REUTERS / EGYPTIAN HEALTH MINISTRY',
    },
    original: { keywords: ['فيروس كورونا', 'مصر'] },
  },
  {
    site: 'assabah.com.tn',
    file: 'html/assabah.com.tn/source.html',
    title: 'h1#page-title',
    paras: '.field-name-body .field-item > p:not(:first-child)',
    standfirst: '.field-name-field-op-subtitle',
    kickerBefore: 'h1#page-title',
    tagsAfter: '.field-name-body .field-item > p:last-child',
    tail: 'article#node-openpublish-article-164913 > div.content',
    lists: [],
    frame: { published: '2019-02-08', author: 'آسيا العتروس', source: null, imageCredit: null },
    original: { keywords: [] },
  },
  {
    site: 'beirutobserver.com',
    file: 'html/beirutobserver.com/1764731404.html',
    title: 'h1.post-title span',
    paras: '.entry .content-rules > p',
    kickerBefore: 'h1.post-title',
    standfirstAfter: 'p.post-meta',
    tagsAfter: '.entry .content-rules > p:last-of-type',
    tail: 'div.post-inner div.vcard',
    lists: [
      { heading: '.breaking-news > span, .breaking-news-title', items: '.breaking-news li a' },
      { heading: 'aside .widget-top h4', items: 'aside .widget-container li a' },
    ],
    frame: { published: '2020-11-09', author: 'Ziad Sankary', source: null, imageCredit: null },
    original: { keywords: [] },
  },
  {
    site: 'elbaladtv.net',
    file: 'html/elbaladtv.net/1806793639.html',
    title: 'h1.jeg_post_title',
    paras: '.content-inner > p',
    kickerBefore: 'h1.jeg_post_title',
    standfirstAfter: 'h1.jeg_post_title',
    tags: '.content-inner > div.jeg_post_tags',
    tagStyle: 'elbalad',
    tail: '.content-inner > div.jeg_post_tags',
    lists: [
      {
        heading: '.jnews_inline_related_post h3.jeg_block_title',
        items: '.jnews_inline_related_post h3.jeg_post_title a',
      },
      {
        heading: '.jeg_sidebar .jeg_block_heading h3.jeg_block_title',
        items: '.jeg_sidebar h3.jeg_post_title a, .jeg_sidebar a.cat-post-title',
      },
    ],
    frame: { published: '2020-12-25T01:59', author: 'ضحى عرفة', source: null, imageCredit: null },
    original: {
      keywords: [
        'أفلام الفنانة يسرا',
        'اصابة يسرا',
        'اصابة يسرا بكورونا',
        'تؤكى ا',
        'تركى ال الشيخ',
        'صدى البلد',
        'فيروس كورونا',
        'يسرا',
      ],
    },
  },
  {
    site: 'lbcgroup.tv',
    file: 'html/lbcgroup.tv/LBCGroup_2026_01_08.html',
    title: 'h1 span',
    brBody: 'div.LongDesc > div:first-child',
    kickerBefore: 'h1',
    standfirst: '.ShortDesc h2 span',
    tags: '.article_details_tags_container',
    tagStyle: 'lbci',
    tail: '.article_details_prev_next',
    lists: [
      { heading: 'span.article_details_prev_next_image_text', items: '.prev_next_text span' },
      { heading: 'a.title-module', items: 'h2.u-inheritStyle a.Ellipsis-2' },
    ],
    frame: { published: '2026-01-08T12:42', author: null, source: null, imageCredit: null },
    original: { keywords: [] },
  },
  {
    site: 'legwareb.info',
    file: 'html/legwareb.info/74.html',
    title: 'td.contentheading a',
    paras: '#text > p',
    spacer: '<p>\n\t&nbsp;</p>',
    kickerBefore: 'table.contentpaneopen',
    standfirstAfter: 'table.contentpaneopen',
    tagsAfter: '#text > p:last-of-type',
    tail: '#text',
    lists: [],
    frame: { published: null, author: null, source: null, imageCredit: null },
    original: { keywords: [] },
  },
];
