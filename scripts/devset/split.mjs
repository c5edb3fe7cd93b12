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

/** The split of an article of the labelled sets (articles.mjs). */
export function articleSplit(article) {
  return article.set === 'almayadeen' ? splitOf(`almayadeen.net:${article.raw.post_id}`) : splitOf(article.site);
}
