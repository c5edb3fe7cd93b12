// @ts-check
/**
 * Scores the records arnews gives for a page against the page's gold records (fixtures/devset/gold).
 * Every comparison is made on the matching form (src/text/normalize.ts) reduced to its words, so that
 * what renderers do to punctuation and spacing does not count; titles are compared more strictly.
 *
 * Per page it returns counts that add up over any set of pages (score.mjs: `add`, `figures`):
 * - records: the page gives as many records as the gold has;
 * - role: each gold record has a predicted record with its role (an embedded one with the main record
 *   as parent);
 * - title: the aligned record's title equals the gold title (null equals only null) once white space,
 *   bidi and zero-width marks and Markdown escapes are set aside;
 * - paragraphs: a predicted paragraph is right when 90% of its word trigrams are in the gold body (a
 *   paragraph of one or two words: when it is in the gold body); a gold paragraph is found when 90% of
 *   its trigrams are in the predicted body. Splitting or joining paragraphs differently costs nothing;
 * - clean: a predicted body holds no boilerplate line of the page (a line of the input, three words or
 *   more, that is in no gold title or body; or a shorter one that is a whole predicted paragraph);
 * - source, imageCredit, author: equal on the matching form, over records where gold or prediction
 *   has a value; published: the same day;
 * - keywords: set precision and recall of the tags; related: of (title, relation) pairs, a title
 *   matching when one contains the other (a list may print a category or a date beside a headline).
 */

const WORD = /[\p{L}\p{N}]+/gu;
/** A paragraph counts as right (or found) when this share of its trigrams is on the other side. */
const PARAGRAPH_COVERAGE = 0.9;
/** A boilerplate line is checked inside paragraphs from this many words; shorter ones only as whole paragraphs. */
const BOILERPLATE_MIN_WORDS = 3;
const FIELDS = ['source', 'imageCredit', 'author', 'published'];

export function makeScorer(normalize) {
  const tokens = (text) => normalize(text ?? '').match(WORD) ?? [];
  const key = (text) => tokens(text).join(' ');
  const trigrams = (toks) => {
    const out = [];
    for (let i = 0; i + 3 <= toks.length; i++) out.push(`${toks[i]} ${toks[i + 1]} ${toks[i + 2]}`);
    return out;
  };
  const covered = (toks, grams, padded) => {
    if (toks.length === 0) return true;
    if (toks.length < 3) return padded.includes(` ${toks.join(' ')} `);
    const own = trigrams(toks);
    return own.filter((g) => grams.has(g)).length / own.length >= PARAGRAPH_COVERAGE;
  };
  const bodyIndex = (paragraphs) => {
    const toks = paragraphs.map(tokens);
    return { toks, grams: new Set(toks.flatMap(trigrams)), padded: ` ${toks.map((t) => t.join(' ')).join(' | ')} ` };
  };
  /** Titles as a reader compares them: same characters, white space and invisible marks aside. */
  const displayTitle = (t) =>
    t === null || t === undefined
      ? null
      : t
          .normalize('NFKC')
          .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu, '')
          .replace(/\\([-\\`*_{}[\]()#+.!>])/g, '$1')
          .replace(/[\s\u00a0]+/gu, ' ')
          .trim();

  function alignRecords(gold, predicted) {
    // Main with main; each other gold record with the unused prediction sharing most of its body.
    const pairs = new Map();
    const used = new Set();
    const main = predicted.findIndex((r) => r.role === 'main');
    if (gold.length && main >= 0) {
      pairs.set(0, main);
      used.add(main);
    }
    for (let g = 1; g < gold.length; g++) {
      const goldBody = bodyIndex(gold[g].paragraphs);
      let best = -1;
      let bestScore = 0;
      predicted.forEach((p, i) => {
        if (used.has(i)) return;
        const grams = trigrams(tokens(p.paragraphs.join(' ')));
        const shared = grams.length ? grams.filter((x) => goldBody.grams.has(x)).length / grams.length : 0;
        const titled = p.title && gold[g].title && key(p.title) === key(gold[g].title) ? 1 : 0;
        const score = shared + titled;
        if (score > bestScore) [best, bestScore] = [i, score];
      });
      if (best >= 0 && bestScore >= 0.3) {
        pairs.set(g, best);
        used.add(best);
      }
    }
    return pairs;
  }

  function setScore(goldItems, predictedItems, same) {
    const free = [...predictedItems];
    const missed = [];
    let hit = 0;
    for (const g of goldItems) {
      const i = free.findIndex((p) => same(g, p));
      if (i >= 0) {
        hit++;
        free.splice(i, 1);
      } else missed.push(g);
    }
    return { hit, gold: goldItems.length, predicted: predictedItems.length, missed, extra: free };
  }

  const sameTag = (a, b) => key(a) === key(b);
  const sameRelated = (g, p) => {
    if (g.relation !== p.relation) return false;
    const [a, b] = [key(g.title), key(p.title)];
    return (
      a === b ||
      (a.split(' ').length >= 2 &&
        b.split(' ').length >= 2 &&
        (` ${b} `.includes(` ${a} `) || ` ${a} `.includes(` ${b} `)))
    );
  };

  /** Lines of the page that a body must not hold: in no gold title or body, nor a gold field of the page. */
  function boilerplateLines(pageLines, gold) {
    const content = ` ${gold
      .flatMap((r) => [r.title ?? '', ...r.paragraphs])
      .map(key)
      .join(' | ')} `;
    const lines = new Set();
    for (const line of pageLines) {
      const k = key(line);
      if (k && !content.includes(` ${k} `)) lines.add(k);
    }
    return [...lines];
  }

  function scorePage(page, gold, predicted) {
    const s = emptyCounts();
    s.pages = 1;
    s.recordsOk = gold.length === predicted.length ? 1 : 0;
    const pairs = alignRecords(gold, predicted);
    const mainId = predicted.find((r) => r.role === 'main')?.id ?? null;
    const boiler = boilerplateLines(page.lines, gold);
    const longBoiler = boiler.filter((b) => b.split(' ').length >= BOILERPLATE_MIN_WORDS);
    const shortBoiler = new Set(boiler.filter((b) => b.split(' ').length < BOILERPLATE_MIN_WORDS));
    const misses = [];
    for (const p of predicted) {
      s.bodies++;
      const dirty = p.paragraphs.find((para) => {
        const k = key(para);
        const padded = ` ${k} `;
        return shortBoiler.has(k) || longBoiler.some((b) => padded.includes(` ${b} `));
      });
      if (dirty === undefined) s.clean++;
      else misses.push({ what: 'boilerplate', record: p.id, text: dirty.slice(0, 120) });
    }
    const alignedPredicted = new Set(pairs.values());
    gold.forEach((g, gi) => {
      const pi = pairs.get(gi);
      const p = pi === undefined ? null : predicted[pi];
      s.goldRecords++;
      const roleOk = p && p.role === g.role && (g.role === 'main' ? p.parent === null : p.parent === mainId);
      if (roleOk) s.roleOk++;
      const titleOk = p ? displayTitle(p.title) === displayTitle(g.title) : false;
      if (titleOk) s.titleOk++;
      else misses.push({ what: 'title', record: gi, gold: g.title, got: p ? p.title : '(no record)' });
      // Paragraphs.
      const goldBody = bodyIndex(g.paragraphs);
      const predBody = bodyIndex(p ? p.paragraphs : []);
      s.parGold += g.paragraphs.length;
      s.parPredicted += p ? p.paragraphs.length : 0;
      predBody.toks.forEach((t, i) => {
        if (covered(t, goldBody.grams, goldBody.padded)) s.parRight++;
        else misses.push({ what: 'extra paragraph', record: gi, text: p.paragraphs[i].slice(0, 120) });
      });
      goldBody.toks.forEach((t, i) => {
        if (covered(t, predBody.grams, predBody.padded)) s.parFound++;
        else misses.push({ what: 'lost paragraph', record: gi, text: g.paragraphs[i].slice(0, 120) });
      });
      for (const f of FIELDS) {
        const gv = g[f] ?? null;
        const pv = p ? (p[f] ?? null) : null;
        if (gv === null && pv === null) continue;
        s[`${f}N`]++;
        const same =
          f === 'published'
            ? gv !== null && pv !== null && gv.slice(0, 10) === pv.slice(0, 10)
            : key(gv) === key(pv) && key(gv) !== '';
        if (same) s[`${f}Ok`]++;
        else misses.push({ what: f, record: gi, gold: gv, got: pv });
      }
      const k = setScore(g.keywords, p ? p.keywords : [], sameTag);
      s.kwHit += k.hit;
      s.kwGold += k.gold;
      s.kwPredicted += k.predicted;
      if (k.hit < Math.max(k.gold, k.predicted))
        misses.push({ what: 'keywords', record: gi, gold: g.keywords, got: p ? p.keywords : [] });
      const r = setScore(g.related, p ? p.related : [], sameRelated);
      s.relHit += r.hit;
      s.relGold += r.gold;
      s.relPredicted += r.predicted;
      const brief = (x) => `${x.relation}: ${x.title.slice(0, 60)}`;
      if (r.hit < Math.max(r.gold, r.predicted))
        misses.push({
          what: 'related',
          record: gi,
          gold: r.gold,
          got: r.predicted,
          hit: r.hit,
          missed: r.missed.map(brief),
          extra: r.extra.map(brief),
        });
    });
    // Predicted records that match no gold record: all their paragraphs, tags and links are extra.
    predicted.forEach((p, i) => {
      if (alignedPredicted.has(i)) return;
      s.parPredicted += p.paragraphs.length;
      s.kwPredicted += p.keywords.length;
      s.relPredicted += p.related.length;
      misses.push({ what: 'extra record', title: p.title, text: (p.paragraphs[0] ?? '').slice(0, 100) });
    });
    return { counts: s, misses };
  }

  /** Which of `lines` a body holds, as a gold paragraph is found in it (eval-articles' "lines kept"). */
  const foundIn = (lines, paragraphs) => {
    const body = bodyIndex(paragraphs);
    return lines.map((line) => covered(tokens(line), body.grams, body.padded));
  };

  return { scorePage, foundIn };
}

export function emptyCounts() {
  const s = {
    pages: 0,
    recordsOk: 0,
    goldRecords: 0,
    roleOk: 0,
    titleOk: 0,
    parGold: 0,
    parPredicted: 0,
    parRight: 0,
    parFound: 0,
    bodies: 0,
    clean: 0,
    kwHit: 0,
    kwGold: 0,
    kwPredicted: 0,
    relHit: 0,
    relGold: 0,
    relPredicted: 0,
  };
  for (const f of FIELDS) Object.assign(s, { [`${f}N`]: 0, [`${f}Ok`]: 0 });
  return s;
}

export function add(a, b) {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
}

const ratio = (n, d) => (d === 0 ? 1 : n / d);
const f1 = (hit, gold, predicted) => {
  const p = ratio(hit, predicted);
  const r = ratio(hit, gold);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

/**
 * The figures of a set of pages. `summary` is the mean of record count, role/parent, title, paragraph
 * F1, boilerplate-free bodies, keywords F1, related F1 and the four fields' mean accuracy.
 */
export function figures(s) {
  const parP = ratio(s.parRight, s.parPredicted);
  const parR = ratio(s.parFound, s.parGold);
  const fig = {
    pages: s.pages,
    records: ratio(s.recordsOk, s.pages),
    role: ratio(s.roleOk, s.goldRecords),
    title: ratio(s.titleOk, s.goldRecords),
    parP,
    parR,
    parF1: parP + parR === 0 ? 0 : (2 * parP * parR) / (parP + parR),
    clean: ratio(s.clean, s.bodies),
    source: ratio(s.sourceOk, s.sourceN),
    imageCredit: ratio(s.imageCreditOk, s.imageCreditN),
    author: ratio(s.authorOk, s.authorN),
    published: ratio(s.publishedOk, s.publishedN),
    keywordsF1: f1(s.kwHit, s.kwGold, s.kwPredicted),
    relatedF1: f1(s.relHit, s.relGold, s.relPredicted),
  };
  const fields = (fig.source + fig.imageCredit + fig.author + fig.published) / 4;
  fig.summary =
    (fig.records + fig.role + fig.title + fig.parF1 + fig.clean + fig.keywordsF1 + fig.relatedF1 + fields) / 8;
  return fig;
}
