// The page's words in English and Dutch. Error messages are built here from the core's stable
// error codes, so they read naturally in either language; the core's English text is the fallback.

export const STRINGS = {
  en: {
    title: 'Influencer campaign estimator',
    tagline: 'Engagement, reach, cost and micro versus macro, with every formula and source shown. Computed in your browser; nothing is sent anywhere.',
    language: 'Language', currency: 'Currency',
    loading: 'Loading the calculator…', load_failed: 'The calculator could not load. Reload the page to try again.',
    'section.engagement': 'Engagement rate', 'section.tier': 'Follower tier', 'section.cost': 'Reach & cost',
    'section.compare': 'Micro vs macro',
    'intro.engagement': 'Likes, comments, shares and saves against followers (and reach, impressions or views if you know them).',
    'intro.tier': 'Which tier an account falls in. Sources disagree on the bounds; this uses the most common ones.',
    'intro.cost': 'Give any two of cost, impressions and CPM; add engagements, clicks, conversions or revenue for the other cost metrics.',
    'intro.compare': 'One budget, several creator profiles: how many of each it buys and what that yields.',
    'field.followers': 'Followers', 'field.likes': 'Likes', 'field.comments': 'Comments', 'field.shares': 'Shares',
    'field.saves': 'Saves', 'field.posts': 'Posts (the counts are totals over these)', 'field.reach': 'Reach per post',
    'field.impressions': 'Impressions', 'field.views': 'Views', 'field.cost': 'Cost', 'field.cpm': 'CPM (cost per 1,000 impressions)',
    'field.engagements': 'Engagements', 'field.clicks': 'Clicks', 'field.conversions': 'Conversions', 'field.revenue': 'Revenue',
    'field.budget': 'Budget', 'field.label': 'Name', 'field.engagement_rate_pct': 'Engagement rate (%)',
    'field.price_per_post': 'Price per post', 'field.posts_per_creator': 'Posts per creator', 'field.reach_rate_pct': 'Reach rate (% of followers)',
    optional: 'optional', add_option: 'Add a profile', remove_option: 'Remove', option: 'Profile',
    'metric.rate_by_followers_pct': 'Engagement rate by followers', 'metric.rate_by_reach_pct': 'by reach',
    'metric.rate_by_impressions_pct': 'by impressions', 'metric.rate_by_views_pct': 'by views',
    'metric.engagements_per_post': 'Engagements per post', 'metric.tier': 'Tier',
    'metric.cost': 'Cost', 'metric.impressions': 'Impressions', 'metric.cpm': 'CPM', 'metric.cpe': 'Cost per engagement',
    'metric.cpc': 'Cost per click', 'metric.cpa': 'Cost per conversion', 'metric.cpv': 'Cost per view',
    'metric.ctr_pct': 'Click-through rate', 'metric.cvr_pct': 'Conversion rate', 'metric.roi_pct': 'ROI', 'metric.roas': 'ROAS',
    'metric.creators': 'Creators', 'metric.spend': 'Spend', 'metric.unspent': 'Left over', 'metric.followers_total': 'Followers (total)',
    'metric.engagements': 'Engagements', 'metric.reach': 'Reach (summed per post)',
    'tier.nano': 'nano', 'tier.micro': 'micro', 'tier.macro': 'macro', 'tier.mega': 'mega', 'tier.mid': 'mid',
    best: 'best', formula: 'Formula', tier_bounds: 'Bounds',
    'error.missing': '{field} is needed.', 'error.not_a_number': '{field}: type a number, like 12500, 12.5k or 1,2 mln.',
    'error.must_be_positive': '{field} must be more than 0.', 'error.must_be_non_negative': '{field} cannot be negative.',
    'error.too_small': '{field} is too small.', 'error.too_large': '{field} is too large.',
    'error.must_be_whole_number': '{field} must be a whole number.', 'error.need_two_of': 'Give two of cost, impressions and CPM.',
    'error.duplicate': '{field}: this name is already used.',
  },
  nl: {
    title: 'Influencercampagne-calculator',
    tagline: 'Engagement, bereik, kosten en micro tegenover macro, met elke formule en bron erbij. Berekend in je browser; er wordt niets verstuurd.',
    language: 'Taal', currency: 'Valuta',
    loading: 'De calculator wordt geladen…', load_failed: 'De calculator kon niet laden. Herlaad de pagina om het opnieuw te proberen.',
    'section.engagement': 'Engagementratio', 'section.tier': 'Volgersniveau', 'section.cost': 'Bereik & kosten',
    'section.compare': 'Micro of macro',
    'intro.engagement': 'Likes, reacties, shares en saves ten opzichte van volgers (en bereik, impressies of weergaven als je die weet).',
    'intro.tier': 'In welk niveau een account valt. Bronnen verschillen over de grenzen; dit gebruikt de gangbaarste.',
    'intro.cost': 'Vul twee van kosten, impressies en CPM in; voeg engagements, klikken, conversies of omzet toe voor de andere kostenmaten.',
    'intro.compare': 'Eén budget, meerdere creatorprofielen: hoeveel van elk je ervoor krijgt en wat dat oplevert.',
    'field.followers': 'Volgers', 'field.likes': 'Likes', 'field.comments': 'Reacties', 'field.shares': 'Shares',
    'field.saves': 'Saves', 'field.posts': 'Posts (de aantallen zijn totalen hierover)', 'field.reach': 'Bereik per post',
    'field.impressions': 'Impressies', 'field.views': 'Weergaven', 'field.cost': 'Kosten', 'field.cpm': 'CPM (kosten per 1.000 impressies)',
    'field.engagements': 'Engagements', 'field.clicks': 'Klikken', 'field.conversions': 'Conversies', 'field.revenue': 'Omzet',
    'field.budget': 'Budget', 'field.label': 'Naam', 'field.engagement_rate_pct': 'Engagementratio (%)',
    'field.price_per_post': 'Prijs per post', 'field.posts_per_creator': 'Posts per creator', 'field.reach_rate_pct': 'Bereik (% van volgers)',
    optional: 'optioneel', add_option: 'Profiel toevoegen', remove_option: 'Verwijderen', option: 'Profiel',
    'metric.rate_by_followers_pct': 'Engagementratio op volgers', 'metric.rate_by_reach_pct': 'op bereik',
    'metric.rate_by_impressions_pct': 'op impressies', 'metric.rate_by_views_pct': 'op weergaven',
    'metric.engagements_per_post': 'Engagements per post', 'metric.tier': 'Niveau',
    'metric.cost': 'Kosten', 'metric.impressions': 'Impressies', 'metric.cpm': 'CPM', 'metric.cpe': 'Kosten per engagement',
    'metric.cpc': 'Kosten per klik', 'metric.cpa': 'Kosten per conversie', 'metric.cpv': 'Kosten per weergave',
    'metric.ctr_pct': 'Doorklikratio', 'metric.cvr_pct': 'Conversieratio', 'metric.roi_pct': 'ROI', 'metric.roas': 'ROAS',
    'metric.creators': 'Creators', 'metric.spend': 'Besteed', 'metric.unspent': 'Over', 'metric.followers_total': 'Volgers (totaal)',
    'metric.engagements': 'Engagements', 'metric.reach': 'Bereik (opgeteld per post)',
    'tier.nano': 'nano', 'tier.micro': 'micro', 'tier.macro': 'macro', 'tier.mega': 'mega', 'tier.mid': 'mid',
    best: 'beste', formula: 'Formule', tier_bounds: 'Grenzen',
    'error.missing': '{field} is nodig.', 'error.not_a_number': '{field}: typ een getal, zoals 12500, 12,5k of 1,2 mln.',
    'error.must_be_positive': '{field} moet meer dan 0 zijn.', 'error.must_be_non_negative': '{field} kan niet negatief zijn.',
    'error.too_small': '{field} is te klein.', 'error.too_large': '{field} is te groot.',
    'error.must_be_whole_number': '{field} moet een heel getal zijn.', 'error.need_two_of': 'Vul twee van kosten, impressies en CPM in.',
    'error.duplicate': '{field}: deze naam wordt al gebruikt.',
  },
};

export const LANGS = Object.keys(STRINGS);

/** The text for key in lang, with {name} placeholders filled; falls back to English, then the key. */
export function t(lang, key, vars = {}) {
  const text = STRINGS[lang]?.[key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => vars[name] ?? '');
}

/** A readable message for a core error: translated when its code is known, else the core's own. */
export function errorMessage(lang, error) {
  const key = 'error.' + error.code;
  const fieldName = error.field.split('.').pop();
  if (!STRINGS[lang]?.[key] && !STRINGS.en[key]) return error.message;
  return t(lang, key, { field: t(lang, 'field.' + fieldName) });
}
