// The site's map: every tool page and every language. Adding a tool or a language starts here
// (web/README.md says what else to touch). Pure data plus lazy loaders: scripts/build reads it in
// Node to write the pages, and the page's wiring (page.js) loads only its own tool and language.

/**
 * Each tool: its id (the module web/tools/<id>.js, the key of its texts `page.<id>.*` in each
 * translation file and of its fields in links) and its path in each language. The order is the
 * order of the site's navigation. `embed`: the old section names of embed snippets it answers.
 */
export const TOOLS = [
  { id: 'compare', paths: { en: 'micro-vs-macro', nl: 'micro-of-macro' }, embed: ['compare'], load: () => import('./tools/compare.js') },
  { id: 'engagement', paths: { en: 'engagement-rate', nl: 'engagementratio' }, embed: ['engagement'], load: () => import('./tools/engagement.js') },
  { id: 'reach', paths: { en: 'reach', nl: 'bereik' }, embed: ['reach'], load: () => import('./tools/reach.js') },
  { id: 'cost', paths: { en: 'cost', nl: 'kosten' }, embed: ['cost'], load: () => import('./tools/cost.js') },
  { id: 'price', paths: { en: 'price', nl: 'prijs' }, embed: ['price'], load: () => import('./tools/price.js') },
  { id: 'plan', paths: { en: 'plan', nl: 'plannen' }, embed: ['plan'], load: () => import('./tools/plan.js') },
  { id: 'funnel', paths: { en: 'funnel', nl: 'funnel' }, embed: ['funnel'], load: () => import('./tools/funnel.js') },
  { id: 'shortlist', paths: { en: 'shortlist', nl: 'shortlijst' }, embed: ['shortlist'], load: () => import('./tools/shortlist.js') },
  { id: 'overlap', paths: { en: 'overlap', nl: 'overlap' }, embed: ['overlap'], load: () => import('./tools/overlap.js') },
];

/** The landing page of each language (/en/, /nl/) shows this tool, leading with its question. */
export const LANDING_TOOL = 'compare';

/** The methodology page's path per language (not a tool: it lists the dataset). */
export const METHODOLOGY = { en: 'methodology', nl: 'methodologie' };

/** The languages; each has its translation file i18n/<lang>.js. The first is the fallback. */
export const LANGS = ['en', 'nl'];

/**
 * The names the core knows, one list each for every page and the embed loader (scripts/site.mjs
 * writes CURRENCIES into embed.js): the dataset's platforms (core/data/benchmarks.json), the post
 * formats and the currencies (core/data/lookup.hpp). tests/node/names.test.mjs checks they agree.
 * A new platform: its records in the dataset, then its id here and its name in web/i18n/.
 */
export const PLATFORMS = ['instagram', 'tiktok', 'youtube', 'x', 'facebook', 'pinterest', 'twitch', 'linkedin'];
export const FORMATS = ['post', 'story', 'reel', 'video'];
export const CURRENCIES = ['EUR', 'USD', 'GBP'];

export const toolById = (id) => TOOLS.find((t) => t.id === id);

/** The path of a tool's page (or the landing page, tool null) from the site's root: "nl/kosten/". */
export function pagePath(lang, toolId) {
  return toolId ? `${lang}/${toolById(toolId).paths[lang]}/` : `${lang}/`;
}
