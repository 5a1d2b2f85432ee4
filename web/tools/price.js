// Price per post: the published ranges in the currency each source used, converted only at a rate
// the visitor gives.
import { rangeBar } from '../charts.js';
import { chartBlock, formatter } from '../render.js';
import { format, platform } from './fields.js';

export default {
  id: 'price',
  kind: 'price',
  texts: ['platform.', 'format.'], // texts only tools naming them use
  fields: [
    platform,
    format,
    { name: 'followers', value: 25000 },
    { name: 'rate_usd', optional: true, request: false, hideFor: 'USD' },
    { name: 'rate_eur', optional: true, request: false, hideFor: 'EUR' },
    { name: 'price_per_post', type: 'range', optional: true, money: true },
  ],

  request(request, read, ctx) {
    request.currency = ctx.currency;
    const rates = {};
    for (const [code, name] of [['USD', 'rate_usd'], ['EUR', 'rate_eur']]) {
      const v = code === ctx.currency ? undefined : read(name);
      if (v !== undefined) rates[code] = v;
    }
    if (Object.keys(rates).length) request.exchange_rates = rates;
    return request;
  },
  fieldOf: (field) => field.replace(/^exchange_rates\.(\w+)$/, (_, c) => 'rate_' + c.toLowerCase()),

  figures(ctx, r) {
    const label = (unit, from) => `${ctx.tr('metric.price')} (${from ? `${from} → ${unit}` : unit})`;
    return [
      ...r.prices.map((p, i) => ({ label: label(p.unit), kind: 'money', unit: p.unit, value: p, openEnded: p.open_ended, headline: i === 0 })),
      ...(r.converted ?? []).map((c) => ({ label: label(c.unit, c.converted_from), kind: 'money', unit: c.unit, value: c,
        openEnded: c.open_ended, note: ctx.tr('converted') })),
    ];
  },

  render: (ctx, r) => r.prices.map((p) => chartBlock(ctx, rangeBar({ range: p, fmt: formatter(ctx, 'money', p.unit),
    title: `${ctx.tr('metric.price')} (${p.unit})` }), 'price-' + p.unit.toLowerCase(), { unit: p.unit })),
};
