/**
 * What a container's tag, class and id say about it. Shared by the content scorer (weights) and the
 * tag/related finder (which looks for the lists the scorer leaves out).
 */
import type { Element } from './dom.js';
import { hintsOf } from './dom.js';

/** Class/id words of article bodies. */
const CONTENT_HINT = /article|body|content|entry|hentry|main|post|story|text|blog|detail|news-?item|matn|khabar/;

/**
 * Class/id words of page furniture: comments, sharing, related and recommended lists, navigation,
 * sidebars, ads, subscription and cookie prompts, next/previous article strips. Short words are matched as whole words only
 * ("ad" must not match "header" or "read").
 */
const FURNITURE_HINT = new RegExp(
  [
    'comment',
    'disqus',
    'share',
    'sharing',
    'social',
    'related',
    'recommend',
    'outbrain',
    'taboola',
    'footer',
    'sidebar',
    'side-bar',
    'widget',
    'breadcrumb',
    'navbar',
    'navigation',
    'menu',
    'masthead',
    'newsletter',
    'subscri',
    'signup',
    'sign-up',
    'login',
    'cookie',
    'consent',
    'gdpr',
    'popup',
    'modal',
    'promo',
    'sponsor',
    'advert',
    'banner',
    'most-?read',
    'most-?popular',
    'popular',
    'trending',
    'more-?(?:news|stories|articles)',
    'read-?more',
    'further-?reading',
    'pagination',
    'pager',
    'toolbar',
    'rating',
    'author-?(?:bio|box|info)',
    'follow',
    'tags?-?(?:list|cloud|box)?(?:\\b|_|$)',
    'keywords',
    'topics',
    'byline',
    'caption',
    'credit',
    'skip-?link',
    'sr-only',
    'visually-hidden',
    'next-?(?:post|article)',
    'prev-?(?:post|article)',
    'prev_?-?next',
    '(?:^|[\\s_-])(?:ad|ads|adv|nav|meta|aside|rss|tools?|date|time|dateline|print|prev|previous|next)(?:$|[\\s_-])',
  ].join('|'),
);

/** Tags whose content is page furniture wherever they stand. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'menu', 'figcaption', 'address']);

/** Whether an element's tag is furniture's (FURNITURE_TAGS), whatever its class says. */
export const isFurnitureTag = (el: Element): boolean => FURNITURE_TAGS.has(el.name);

/** True for page furniture: a furniture tag, or a class/id naming furniture (and no article word). */
export function isFurniture(el: Element): boolean {
  if (isFurnitureTag(el)) return true;
  if (el.attribs.role === 'navigation' || el.attribs.role === 'complementary' || el.attribs.role === 'contentinfo')
    return true;
  const hints = hintsOf(el);
  return (
    hints !== '' &&
    FURNITURE_HINT.test(hints) &&
    !/articlebody|article-body|story-body|entry-content|post-content|article-content/.test(hints)
  );
}

/** The scorer's weight for a container's class and id: +25 for article words, -25 for furniture. */
export function hintWeight(el: Element): number {
  const hints = hintsOf(el);
  if (hints === '') return 0;
  let weight = 0;
  if (CONTENT_HINT.test(hints)) weight += 25;
  if (FURNITURE_HINT.test(hints)) weight -= 25;
  return weight;
}
