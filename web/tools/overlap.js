// Audience overlap: different people reached by several creators, with independent audiences in
// a universe, or the same pairwise overlap for every pair.

// The core reads at most this many reaches; the page reads no more (a pasted list of thousands
// would otherwise build a matrix of millions of cells on every keystroke).
export const MAX_REACHES = 100;

export default {
  id: 'overlap',
  kind: 'overlap',
  fields: [
    { name: 'reaches', type: 'list', value: [40000, 25000, 60000], max: MAX_REACHES },
    { name: 'universe', value: 1.5e6, optional: true },
    { name: 'overlap_pct', optional: true, request: false, example: 20 },
  ],

  request(request, read) {
    const pct = read('overlap_pct');
    const n = Array.isArray(request.reaches) ? Math.min(request.reaches.length, MAX_REACHES + 1) : 0;
    if (pct !== undefined) { // the same share for every pair, instead of a universe
      delete request.universe;
      request.overlaps_pct = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : pct)));
    }
    return request;
  },
  fieldOf: (field) => field.replace(/^reaches\.\d+$/, 'reaches').replace(/^overlaps_pct.*/, 'overlap_pct'),

  figures: (ctx, r) => [
    { key: 'unique_reach', kind: 'int', value: r.unique_reach, headline: true },
    { key: 'total_reach', kind: 'int', value: r.total_reach },
    { key: 'duplicated_reach', kind: 'int', value: r.duplicated_reach },
    { key: 'average_frequency', kind: 'num', value: r.average_frequency },
    r.unique_reach_bounds ? { key: 'unique_reach_bounds', kind: 'int', value: r.unique_reach_bounds } : null,
  ],
};
