/** Accuracy figures over a set of labelled verdicts. A gap is a missing or ambiguous protection. */
export interface AccuracyStats {
  total: number;
  correct: number;
  /** Share of verdicts equal to the label (3-way: present / ambiguous / missing). */
  accuracy: number;
  /** Of the gaps reported, the share that are labelled gaps (NaN when none reported). */
  gapPrecision: number;
  /** Of the labelled gaps, the share reported as gaps (NaN when none labelled). */
  gapRecall: number;
}

/** A labelled verdict that the tool got differently. */
export interface Disagreement {
  document: string;
  category: string;
  expected: string;
  actual: string;
}

/** Measured accuracy of a rule set on a labelled folder. */
export interface AccuracyReport {
  categories: Array<{ category: string; stats: AccuracyStats; confusion: Record<string, Record<string, number>> }>;
  overall: AccuracyStats;
  core: AccuracyStats;
  disagreements: Disagreement[];
}
