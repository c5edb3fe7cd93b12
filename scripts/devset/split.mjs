// @ts-check
/**
 * The dev set's split, shared by the dev set builder and the tag lexicon learner (which must learn
 * nothing from held-back pages or articles): a site is held back ("test") when the first byte of
 * sha256("arnews-devset-v1:" + site) is divisible by 3; Al Mayadeen, one site with 150 articles, is
 * split by article (its post id).
 */
import { createHash } from 'node:crypto';

const SPLIT_SALT = 'arnews-devset-v1';

export function splitOf(site) {
  return createHash('sha256').update(`${SPLIT_SALT}:${site}`).digest()[0] % 3 === 0 ? 'test' : 'dev';
}

/**
 * The split of a newspaper file of the fourth round (scripts/devset/real.mjs), all of dev-split countries:
 * held back as "test-np" when the first byte of sha256("arnews-devset-v1:newspapers-file:" + name) is
 * divisible by 3.
 */
export function newspaperFileSplit(name) {
  return createHash('sha256').update(`${SPLIT_SALT}:newspapers-file:${name}`).digest()[0] % 3 === 0 ? 'test-np' : 'dev';
}

/** The split of an article of the labelled sets (articles.mjs). */
export function articleSplit(article) {
  return article.set === 'almayadeen' ? splitOf(`almayadeen.net:${article.raw.post_id}`) : splitOf(article.site);
}
