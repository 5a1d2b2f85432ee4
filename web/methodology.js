// The methodology page: how estimates are made, and every record of the dataset with its source
// and notes, from benchmarks.json: the same file the module is built from, copied by the build.
import { el, replace } from './dom.js';
import { format } from './numbers.js';

const lang = document.documentElement.lang === 'nl' ? 'nl' : 'en';
const root = document.body.dataset.root ?? '../../';
const TEXT = {
  en: {
    intro: 'Every default the calculator uses is a published figure, listed here with its source. Where sources disagree, the calculator shows the whole range: the lowest low to the highest high, with the median of the records as the typical value. Amounts stay in the currency they were published in. Figures measured on brands\' own accounts are listed but not used as creator benchmarks.',
    rules: 'Which records apply: the platform\'s own records (records for all platforms only when it has none); records whose follower band holds the account (general records only when no banded one does); feed posts, reels and videos share figures, stories have their own.',
    platforms: 'Platforms', schemes: 'Tier schemes', counts: '{s} sources, {r} figures; dataset version {v}.', failed: 'The figures could not be loaded. Reload the page to try again.',
    cols: ['Platform', 'Followers', 'Format', 'Figure', 'Per', 'Statistic', 'Source'],
    'metric.engagement_rate_pct': 'Engagement rate', 'metric.reach_rate_pct': 'Reach rate', 'metric.price_per_post': 'Price per post',
    'metric.cpm': 'CPM', 'metric.ctr_pct': 'Click-through rate', 'metric.roi': 'Return per unit spent', all: 'all platforms', brands: 'brand accounts: not used',
  },
  nl: {
    intro: 'Elke standaardwaarde van de calculator is een gepubliceerd cijfer, hier vermeld met zijn bron. Waar bronnen verschillen, toont de calculator de hele bandbreedte: van het laagste tot het hoogste cijfer, met de mediaan van de bronnen als gebruikelijke waarde. Bedragen blijven in de valuta waarin ze zijn gepubliceerd. Cijfers gemeten op eigen accounts van merken staan erbij, maar gelden niet als benchmark voor creators.',
    rules: 'Welke cijfers gelden: die van het platform zelf (cijfers voor alle platforms alleen als het er geen heeft); cijfers waarvan de volgersband het account omvat (algemene cijfers alleen als er geen band past); feedposts, reels en video\'s delen cijfers, stories hebben eigen cijfers.',
    platforms: 'Platforms', schemes: 'Indelingen in niveaus', counts: '{s} bronnen, {r} cijfers; versie van de dataset {v}.', failed: 'De cijfers konden niet worden geladen. Herlaad de pagina om het opnieuw te proberen.',
    cols: ['Platform', 'Volgers', 'Vorm', 'Cijfer', 'Per', 'Statistiek', 'Bron'],
    'metric.engagement_rate_pct': 'Engagementratio', 'metric.reach_rate_pct': 'Bereik', 'metric.price_per_post': 'Prijs per post',
    'metric.cpm': 'CPM', 'metric.ctr_pct': 'Doorklikratio', 'metric.roi': 'Opbrengst per besteed bedrag', all: 'alle platforms', brands: 'merkaccounts: niet gebruikt',
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

function source(s, note) {
  return [`${s.publisher}, “${s.title}”`, s.year ? ` (${s.year})` : '', s.sample ? `; ${s.sample}` : '', note ? `. ${note}` : ''].join('');
}

function table(records, sources, label) {
  return el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': label },
    el('table', { class: 'records' },
      el('thead', {}, el('tr', {}, TEXT.cols.map((c) => el('th', { scope: 'col' }, c)))),
      el('tbody', {}, records.map((r) => el('tr', { id: r.id },
        el('td', {}, r.platform === 'all' ? TEXT.all : r.platform, r.subject ? el('span', { class: 'note' }, ` (${TEXT.brands})`) : null),
        el('td', {}, band(r) + (r.tier ? ` ${r.tier}` : '')),
        el('td', {}, r.format),
        el('td', {}, figure(r)),
        el('td', {}, r.denominator),
        el('td', {}, r.statistic),
        el('td', {}, source(sources[r.source], r.note)))))));
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
