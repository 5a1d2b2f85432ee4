// Downloads of the answer as on screen: CSV in the page's language, JSON with request and answer.
import { downloadText } from './charts.js';
import { context } from './context.js';
import { toCsv } from './csv.js';
import { rounded } from './numbers.js';
import { figureRows } from './render.js';
import { link } from './share.js';
import { S, tr } from './state.js';

function csvRows() {
  const ctx = context();
  const rows = [[tr('csv.metric'), tr('csv.low'), tr('csv.value'), tr('csv.high'), tr('csv.unit')]];
  if (!S.response?.ok) return rows;
  rows.push(...figureRows(ctx, S.tool.figures(ctx, S.response.result)));
  if (S.tool.table) {
    const t = S.tool.table(ctx, S.response.result);
    rows.push([], [t.corner ?? '', ...t.head], ...t.rows.map(([title, ...cells]) => [title, ...cells.map((c) => roundedCell(c))]));
  }
  return rows;
}

// A cell: a number to round as on screen ({value, kind, like}) or words.
const roundedCell = (c) => (c !== null && typeof c === 'object' ? rounded(c.value, c.kind, c.like) ?? c.text ?? '' : c ?? '');

export function exportCsv() {
  downloadText(toCsv(csvRows(), S.lang), `${tr(`page.${S.tool.id}.file`)}.csv`, 'text/csv;charset=utf-8');
}

export function exportJson() {
  const doc = { tool: S.tool.id, scenario: link() ?? '', lang: S.lang, currency: S.currency,
    request: S.request, response: S.response };
  downloadText(JSON.stringify(doc, null, 2), `${tr(`page.${S.tool.id}.file`)}.json`, 'application/json');
}
