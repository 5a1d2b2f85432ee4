// The methodology page: how estimates are made, and every record of the dataset with its source
// and notes, from benchmarks.json: the same file the module is built from, copied by the build.
import { el, replace } from './dom.js';
import { format } from './numbers.js';

const lang = document.documentElement.lang === 'nl' ? 'nl' : 'en';
const root = document.body.dataset.root ?? '../../';
const TEXT = {
  en: {
    intro: 'Every default the calculator uses is a published figure, listed here with its source. Where sources disagree, the calculator shows the whole range: the lowest low to the highest high, with the median of the records of the strongest grade present as the typical value (measured > survey > rate card > vendor blog > article). A benchmark that rests on one source is judged with a tolerance of ± 50% around its figure. Figures older than five years are flagged. Amounts stay in the currency they were published in. Figures measured on brands\' own accounts are listed but not used as creator benchmarks.',
    rules: 'Which records apply: the platform\'s own records (records for all platforms only when it has none); records whose follower band overlaps the followers asked about, or the tier\'s band (general records only when no banded one does), never by tier name; feed posts, reels and videos share figures, stories have their own. Records for an unspecified platform are shown, never used.',
    platforms: 'Platforms', schemes: 'Tier schemes', counts: '{s} sources, {r} figures; dataset version {v}.', failed: 'The figures could not be loaded. Reload the page to try again.',
    cols: ['Platform', 'Followers', 'Format', 'Figure', 'Per', 'Statistic', 'Source'],
    'metric.engagement_rate_pct': 'Engagement rate', 'metric.reach_rate_pct': 'Reach rate', 'metric.price_per_post': 'Price per post',
    'metric.cpm': 'CPM', 'metric.ctr_pct': 'Click-through rate', 'metric.return_per_dollar': 'Gross return per dollar spent (feeds ROAS, not ROI)',
    'metric.price_per_ccv_hour': 'Price per concurrent viewer per hour', all: 'all platforms', unspecified: 'platform not named: not used', brands: 'brand accounts: not used',
    reviewed: 'Every figure last checked against its source on {d}.', undated: 'undated', old: 'older than five years',
    'kind.measured': 'measured', 'kind.survey': 'survey', 'kind.rate_card': 'rate card', 'kind.vendor_blog': 'vendor blog', 'kind.article': 'article, no stated source',
  },
  nl: {
    intro: 'Elke standaardwaarde van de calculator is een gepubliceerd cijfer, hier vermeld met zijn bron. Waar bronnen verschillen, toont de calculator de hele bandbreedte: van het laagste tot het hoogste cijfer, met de mediaan van de bronnen van de sterkste soort als gebruikelijke waarde (gemeten > enquête > tarievenkaart > blog van een leverancier > artikel). Een benchmark uit één bron wordt beoordeeld met een marge van ± 50% rond het cijfer. Cijfers ouder dan vijf jaar zijn gemarkeerd. Bedragen blijven in de valuta waarin ze zijn gepubliceerd. Cijfers gemeten op eigen accounts van merken staan erbij, maar gelden niet als benchmark voor creators.',
    rules: 'Welke cijfers gelden: die van het platform zelf (cijfers voor alle platforms alleen als het er geen heeft); cijfers waarvan de volgersband overlapt met het gevraagde aantal volgers of de band van het niveau (algemene cijfers alleen als er geen band past), nooit op naam van het niveau; feedposts, reels en video\'s delen cijfers, stories hebben eigen cijfers. Cijfers zonder genoemd platform staan erbij, maar worden niet gebruikt.',
    platforms: 'Platforms', schemes: 'Indelingen in niveaus', counts: '{s} bronnen, {r} cijfers; versie van de dataset {v}.', failed: 'De cijfers konden niet worden geladen. Herlaad de pagina om het opnieuw te proberen.',
    cols: ['Platform', 'Volgers', 'Vorm', 'Cijfer', 'Per', 'Statistiek', 'Bron'],
    'metric.engagement_rate_pct': 'Engagementratio', 'metric.reach_rate_pct': 'Bereik', 'metric.price_per_post': 'Prijs per post',
    'metric.cpm': 'CPM', 'metric.ctr_pct': 'Doorklikratio', 'metric.return_per_dollar': 'Bruto-opbrengst per bestede dollar (voor ROAS, niet ROI)',
    'metric.price_per_ccv_hour': 'Prijs per gelijktijdige kijker per uur', all: 'alle platforms', unspecified: 'platform niet genoemd: niet gebruikt', brands: 'merkaccounts: niet gebruikt',
    reviewed: 'Elk cijfer laatst nagekeken tegen de bron op {d}.', undated: 'zonder jaartal', old: 'ouder dan vijf jaar',
    'kind.measured': 'gemeten', 'kind.survey': 'enquête', 'kind.rate_card': 'tarievenkaart', 'kind.vendor_blog': 'blog van een leverancier', 'kind.article': 'artikel zonder bron',
  },
}[lang];

const n = (v) => format(v, 'int', lang);

function band(r) {
  if (!r.min_followers && r.max_followers === undefined) return '—';
  return r.max_followers === undefined ? `${n(r.min_followers)}+` : `${n(r.min_followers)}–${n(r.max_followers)}`;
}

function figure(r) {
  const f = (v) => (r.unit === 'percent' ? format(v, 'num', lang) + '%' : r.unit === 'ratio' ? format(v, 'num', lang) : format(v, 'money', lang, r.unit));
  const text = r.low === r.high ? f(r.low) : `${f(r.low)} – ${f(r.high)}`;
  return text + (r.open_ended ? '+' : '') + (r.typical !== undefined && r.low !== r.high ? ` (${f(r.typical)})` : '');
}

// Figures published more than five years before this year are flagged (the dataset's year test
// compares with the current year in the same way).
const OLD_AFTER_YEARS = 5;
const isOld = (s) => s.year !== undefined && new Date().getFullYear() - s.year > OLD_AFTER_YEARS;

/** The citation with its grade and year (or "undated"), flagged when old. Text only: never HTML. */
function source(s, note) {
  const when = s.year !== undefined ? String(s.year) : TEXT.undated;
  return [`${s.publisher}, “${s.title}” (${when}; ${TEXT['kind.' + s.kind] || s.kind})`, isOld(s) ? ` — ${TEXT.old}` : '',
    s.sample ? `; ${s.sample}` : '', note ? `. ${note}` : ''].join('');
}

function sourceCell(r, sources) {
  const s = sources[r.source];
  const url = r.url || s.url;
  return el('td', { class: isOld(s) ? 'old' : null }, source(s, r.note),
    r.quote ? el('blockquote', { class: 'quote' }, `“${r.quote}”`) : null,
    url ? el('a', { href: url, rel: 'noopener noreferrer' }, url) : null);
}

function table(records, sources, label) {
  return el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': label },
    el('table', { class: 'records' },
      el('thead', {}, el('tr', {}, TEXT.cols.map((c) => el('th', { scope: 'col' }, c)))),
      el('tbody', {}, records.map((r) => el('tr', { id: r.id },
        el('td', {}, r.platform === 'all' ? TEXT.all : r.platform === 'unspecified' ? TEXT.unspecified : r.platform,
          r.subject ? el('span', { class: 'note' }, ` (${TEXT.brands})`) : null),
        el('td', {}, band(r) + (r.tier ? ` ${r.tier}` : '')),
        el('td', {}, r.format),
        el('td', {}, figure(r)),
        el('td', {}, r.denominator),
        el('td', {}, r.statistic),
        sourceCell(r, sources))))));
}

async function main() {
  document.getElementById('intro').textContent = TEXT.intro;
  const response = await fetch(root + 'benchmarks.json');
  if (!response.ok) throw new Error(`benchmarks.json: ${response.status}`);
  const result = await response.json();
  const metrics = [...new Set(result.records.map((r) => r.metric))];
  replace(document.getElementById('main'),
    el('p', {}, TEXT.rules),
    el('p', {}, TEXT.counts.replace('{s}', Object.keys(result.sources).length).replace('{r}', result.records.length).replace('{v}', result.version)),
    result.reviewed ? el('p', {}, TEXT.reviewed.replace('{d}', result.reviewed)) : null,
    ...metrics.map((m) => el('section', { class: 'panel' }, el('h2', {}, TEXT['metric.' + m]),
      table(result.records.filter((r) => r.metric === m), result.sources, TEXT['metric.' + m]))),
    el('section', { class: 'panel' }, el('h2', {}, TEXT.schemes), el('ul', {}, result.tier_schemes.map((s) =>
      el('li', {}, `${s.name}: ${s.tiers.map((tier) => `${tier.name} ${n(tier.min_followers)}+`).join(', ')} — ${source(result.sources[s.source])}`)))),
    el('section', { class: 'panel' }, el('h2', {}, TEXT.platforms), el('ul', {}, result.platforms.map((p) =>
      el('li', {}, p.name + (p.note ? ` — ${p.note}` : ''))))));
}

main().catch((e) => {
  console.error(e);
  document.getElementById('main').textContent = TEXT.failed;
});
