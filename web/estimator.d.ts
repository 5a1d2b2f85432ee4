// Types of the public JS API (estimator.js) and of the JSON contract it carries: one request type
// and one result type per kind. The README's "The contract" section says what each field means;
// tests/node/types.test.mjs type-checks the README's examples and real answers against this file.

/** A figure that may be uncertain: a plain number means low = high. */
export type RangeInput = number | { low: number; high: number; typical?: number };
/** A range as the core answers it. */
export interface Range { low: number; typical: number; high: number }
/** Percentiles of a simulated metric. */
export interface Band { p10: number; p50: number; p90: number }

export type Platform = 'instagram' | 'tiktok' | 'youtube' | 'x' | 'facebook' | 'pinterest' | 'twitch' | 'linkedin';
export type Format = 'post' | 'story' | 'reel' | 'video';
export type Currency = 'EUR' | 'USD' | 'GBP';
/** Units of the request's currency per unit of another, the visitor's own rate: {"USD": 0.92}. */
export type ExchangeRates = Partial<Record<Currency, number>>;
export type Grade = 'measured' | 'survey' | 'rate_card' | 'vendor_blog' | 'article';
export type Rating = 'suspiciously_low' | 'below' | 'typical' | 'above' | 'suspiciously_high';
export type TierScheme = string | Array<{ name: string; min_followers: number }>;

// --- Requests -------------------------------------------------------------------------------

export interface EngagementRequest {
  kind: 'engagement';
  followers: number;
  likes?: number; comments?: number; shares?: number; saves?: number;
  posts?: number;
  reach?: number; impressions?: number; views?: number;
  platform?: Platform;
  benchmark_rate_pct?: RangeInput;
}
export interface TierRequest { kind: 'tier'; followers: number; scheme?: TierScheme }
export interface CostRequest {
  kind: 'cost';
  cost?: number; impressions?: number; cpm?: number;
  engagements?: number; clicks?: number; conversions?: number; views?: number; revenue?: number;
}
export interface CompareOption {
  label?: string;
  followers: RangeInput;
  engagement_rate_pct?: RangeInput;
  price_per_post?: RangeInput;
  reach_rate_pct?: RangeInput;
  posts_per_creator?: number;
  creators?: number;
  platform?: Platform;
  format?: Format;
}
export type CompareGoal = 'unique_reach' | 'reach' | 'engagements' | 'cpe' | 'cpm';
export interface CompareRequest {
  kind: 'compare';
  budget: number;
  options: CompareOption[];
  goal?: CompareGoal;
  audience_size?: number;
  currency?: Currency;
  exchange_rates?: ExchangeRates;
  trials?: number;
  seed?: number;
  engagement_rate_pct?: RangeInput;
  reach_rate_pct?: RangeInput;
}
export interface ReachRequest {
  kind: 'reach';
  followers?: number; tier?: string;
  platform?: Platform; format?: Format; posts?: number;
  reach_rate_pct?: RangeInput; impressions_per_reach?: number;
}
export interface PriceRequest {
  kind: 'price';
  followers?: number; tier?: string;
  platform?: Platform; format?: Format;
  currency?: Currency; exchange_rates?: ExchangeRates;
  price_per_post?: RangeInput;
}
export type Metric = 'engagement_rate_pct' | 'reach_rate_pct' | 'price_per_post' | 'price_per_ccv_hour' | 'cpm' | 'ctr_pct' | 'return_per_dollar';
export interface BenchmarksRequest { kind: 'benchmarks'; platform?: Platform; tier?: string; metric?: Metric }
export interface FunnelRequest {
  kind: 'funnel';
  impressions?: RangeInput; reach?: RangeInput; frequency?: RangeInput;
  ctr_pct: RangeInput; cvr_pct?: RangeInput; aov?: RangeInput; cost?: RangeInput;
}
export interface OverlapRequest {
  kind: 'overlap';
  reaches: number[];
  universe?: number;
  overlaps_pct?: number[][];
}
export interface SimulateOption extends Omit<CompareOption, 'creators' | 'posts_per_creator'> {
  cpm?: RangeInput; ctr_pct?: RangeInput; cvr_pct?: RangeInput; aov?: RangeInput;
  posts_per_creator?: number;
}
export interface SimulateRequest {
  kind: 'simulate';
  budget: number;
  options: SimulateOption[];
  ctr_pct?: RangeInput; cvr_pct?: RangeInput; aov?: RangeInput;
  trials?: number; seed?: number;
}
export type PlanGoal = 'reach' | 'engagements' | 'clicks' | 'conversions';
export interface PlanProfile extends SimulateOption { max_creators?: number }
export interface PlanRequest {
  kind: 'plan';
  budget: number;
  goal: PlanGoal;
  profiles: PlanProfile[];
  max_creators_total?: number;
  cost_per_creator?: number;
  ctr_pct?: RangeInput; cvr_pct?: RangeInput; aov?: RangeInput;
  /** trials: the cautious mix's draws; bands: add each profile alone, simulated over bands_trials. */
  trials?: number; seed?: number;
  bands?: boolean; bands_trials?: number;
}
export interface RosterCreator {
  name: string; followers: number;
  platform?: string; likes?: number; comments?: number; shares?: number; saves?: number;
  views?: number; reach?: number; price?: number; followers_prev?: number; days?: number;
}
export interface RosterRequest {
  kind: 'roster';
  csv?: string;
  creators?: RosterCreator[];
  /** For rows without one; synonyms such as "IG" are read too. */
  platform?: string; format?: Format; currency?: Currency;
  decimal_mark?: ',' | '.';
  scheme?: TierScheme;
  weights?: { engagement?: number; price?: number; trust?: number };
  budget?: number;
  goal?: 'engagements' | 'reach' | 'score';
  max_creators?: number; max_per_platform?: number; cost_per_creator?: number;
  exclude_flagged?: boolean;
}

/** Every request the core answers, by its kind. */
export interface Requests {
  engagement: EngagementRequest; tier: TierRequest; cost: CostRequest; compare: CompareRequest;
  reach: ReachRequest; price: PriceRequest; benchmarks: BenchmarksRequest; funnel: FunnelRequest;
  overlap: OverlapRequest; simulate: SimulateRequest; plan: PlanRequest; roster: RosterRequest;
}
export type Kind = keyof Requests;
export type Request = Requests[Kind];

// --- Results --------------------------------------------------------------------------------

/** Every result says how it was computed and which sources (ids of the dataset) it used. */
export interface Method { method: { id: string; formula: string } }
export interface Common extends Method { sources: string[] }
export interface Benchmark extends Range {
  unit: string; grade: Grade; records: string[]; sources: string[]; single_source?: boolean;
}
export interface Verdict { rating: Rating; reasons: string[] }

export interface EngagementResult extends Common {
  followers: number; posts: number; platform: Platform; tier: string;
  engagements_per_post: number; engagements_total: number;
  rate_by_followers_pct: number;
  rate_by_reach_pct?: number; rate_by_impressions_pct?: number; rate_by_views_pct?: number;
  benchmark?: Benchmark; verdict?: Verdict;
  benchmark_by_reach?: Benchmark; verdict_by_reach?: Verdict;
  benchmark_by_impressions?: Benchmark; verdict_by_impressions?: Verdict;
  benchmark_by_views?: Benchmark; verdict_by_views?: Verdict;
}
export interface TierResult extends Common {
  followers: number; tier: string;
  scheme: { id?: string; tiers: Array<{ name: string; min_followers: number; max_followers?: number }> };
}
export interface CostResult extends Common {
  cost: number; impressions: number; cpm: number; derived: string;
  cpe?: number; cpc?: number; cpa?: number; cpv?: number;
  ctr_pct?: number; cvr_pct?: number; roi_pct?: number; roas?: number;
}
export interface FilledInput extends Range {
  filled_from: 'user' | 'dataset'; records: string[]; sources: string[];
  unit?: string; converted_from?: string; rate?: number;
}
export interface Warning { field: string; code: string; message: string; sources?: string[] }
export interface CompareOptionResult {
  label: string; platform: Platform; format: Format;
  creators: number; spend: number; unspent: number; posts: number; followers_total: number;
  engagements: number; cpe?: number; reach?: number; cpm?: number;
  unique_reach?: number; average_frequency?: number;
  inputs: Partial<Record<'price_per_post' | 'engagement_rate_pct' | 'reach_rate_pct', FilledInput>>;
  warnings: Warning[];
  bands?: Partial<Record<'creators' | 'spend' | 'reach' | 'unique_reach' | 'engagements' | 'cpe' | 'cpm', Band>>;
}
export interface CompareResult extends Common {
  budget: number; currency?: Currency; audience_size?: number;
  options: CompareOptionResult[];
  answer: { goal: CompareGoal; winner: string; runner_up?: string; ratio?: number; probability?: number };
  probability_best?: Record<string, Record<string, number>>;
  trials?: number; seed?: number;
  best_by_engagements?: string; best_by_reach?: string; best_by_unique_reach?: string;
  best_by_cpe?: string; best_by_cpm?: string; best_by_followers_total?: string;
}
export interface ReachResult extends Common {
  followers?: number; tier?: string; platform: Platform; format: Format; posts: number;
  reach_rate_pct: Range; reach_per_post: Range; reach_total: Range; impressions: Range;
  impressions_per_reach: number; records?: string[];
  /** The inputs the visitor's own figures replaced. */
  overridden?: string[];
}
export interface PriceResult extends Common {
  followers?: number; tier?: string; platform: Platform; format: Format;
  prices: Benchmark[];
  converted?: Array<Range & { unit: string; converted_from: string; rate: number }>;
}
export interface DatasetRecord {
  id: string; metric: Metric; platform: string; low: number; high: number; typical?: number;
  unit: string; denominator: string; statistic: string; source: string; format?: string;
  tier?: string; min_followers?: number; max_followers?: number; open_ended?: boolean;
  band_unit?: string; industry?: string; subject?: string;
}
export interface Source {
  publisher: string; title: string; kind: Grade; year?: number; undated?: boolean; sample?: string;
}
export interface BenchmarksResult extends Method {
  records: DatasetRecord[];
  sources: Record<string, Source>; // the sources of the records, by id
  reviewed: string; version: string;
  platforms: Array<{ id: string; name: string; note?: string }>;
  tier_schemes: Array<{ id: string; name: string; source?: string; tiers: Array<{ name: string; min_followers: number }> }>;
}
export interface FunnelResult extends Common {
  impressions: Range; clicks: Range; conversions?: Range; revenue?: Range;
  cost?: Range; cpm?: Range; cpc?: Range; cpa?: Range; roas?: Range; roi_pct?: Range;
  break_even_conversions?: Range; break_even_cvr_pct?: Range;
}
export interface OverlapResult extends Common {
  unique_reach: number; total_reach: number; duplicated_reach: number; average_frequency: number;
  creators: number; universe?: number;
  unique_reach_bounds?: { low: number; high: number };
}
export interface SimulatedMetric extends Band { mean: number }
export type SimulatedName = 'creators' | 'spend' | 'reach' | 'engagements' | 'clicks' | 'conversions' | 'cpm' | 'cpe' | 'cpa' | 'roi_pct';
export interface SimulateResult extends Common {
  budget: number; trials: number; seed: number;
  options: Array<{ label: string } & Partial<Record<SimulatedName, SimulatedMetric>>>;
  probability_best: Record<string, Record<string, number>>;
}
export interface PlanMix { mix: Array<{ label: string; creators: number }>; creators: number; spend: number; value: number }
export interface PlanResult extends Common, PlanMix {
  budget: number; goal: PlanGoal; exact: boolean;
  alternatives: PlanMix[];
  marginal: { budget_plus_1: number; max_creators_total_plus_1?: number };
  /** With ranges: the best mix's p10, and the mix with the highest p10. */
  value_p10?: number;
  cautious?: PlanMix & { value_p10: number };
  /** With bands: true: each profile alone with the whole budget, simulated. */
  bands?: Omit<SimulateResult, 'sources'>;
}
export interface RosterCreatorResult {
  row: number; name: string; platform: Platform; followers: number; tier: string;
  engagements_per_post?: number; engagement_rate_pct?: number; engagement_rate_by_views_pct?: number;
  verdict?: Verdict; comments_per_100_likes?: number;
  price?: number; price_basis?: 'quoted' | 'published_typical';
  price_check?: Range & { rating: 'below' | 'within' | 'above'; unit: string; grade: Grade; sources: string[]; single_source?: boolean };
  reach?: number; reach_basis?: 'column' | 'published_rate';
  cpe?: number; cpm?: number; growth_pct_per_30_days?: number;
  flags: Array<{ code: string; message: string }>;
  score: number;
}
export interface RosterSet { names: string[]; rows: number[]; spend: number; value: number }
export interface RosterResult extends Common {
  creators: RosterCreatorResult[];
  row_errors: Array<{ row: number; column: string; code: string; message: string }>;
  unknown_columns: string[];
  columns: Record<string, string>;
  decimal_marks: Record<string, string>;
  delimiter?: string; format: Format; platform: Platform; currency: Currency;
  counts: { creators: number; flagged: number; row_errors: number };
  weights: { engagement: number; price: number; trust: number };
  selection?: RosterSet & {
    goal: string; budget: number; exact: boolean; searched?: number;
    creators: Array<{ row: number; name: string; price: number; price_basis: string; cost: number; value: number }>;
    next_best?: RosterSet;
    left_out: { flagged: number; no_price: number; no_value: number };
  };
}

/** Every result, by the kind of its request. */
export interface Results {
  engagement: EngagementResult; tier: TierResult; cost: CostResult; compare: CompareResult;
  reach: ReachResult; price: PriceResult; benchmarks: BenchmarksResult; funnel: FunnelResult;
  overlap: OverlapResult; simulate: SimulateResult; plan: PlanResult; roster: RosterResult;
}

// --- The envelope and the API ---------------------------------------------------------------

/** One problem of a request: `field` names the input (`options.1.price_per_post`, or `request`). */
export interface FieldError { field: string; code: string; message: string }
export type Failure = { ok: false; errors: FieldError[] };
export type Answer<K extends Kind = Kind> = { ok: true; kind: K; result: Results[K] } | Failure;

export interface RunOptions {
  /** Called with the share done, 0..1. */
  onProgress?: (done: number) => void;
  /** Stops the run: it then answers the error code `cancelled`. */
  signal?: AbortSignal;
  /** Trials per step (default 20,000). */
  trialsPerStep?: number;
}

export interface Estimator {
  /** Never throws; a request that is not an object, or its JSON text, gets a Failure. */
  evaluate<R extends Request>(request: R): Answer<R['kind']>;
  evaluate(request: string): Answer;
  /** The same answer as evaluate, computed in steps with progress; resolves, never rejects. */
  run<R extends Request>(request: R, options?: RunOptions): Promise<Answer<R['kind']>>;
  run(request: string, options?: RunOptions): Promise<Answer>;
}

/** Loads the wasm once (later calls share it); wasmBinary: the module's bytes, for a fresh instance. */
export function createEstimator(options?: { wasmBinary?: ArrayBuffer | Uint8Array }): Promise<Estimator>;
