/** One thing wrong with a rule file, located so an editor can jump to it. */
export interface RuleFileProblem {
  file: string;
  /** 1-based line and column. */
  line: number;
  col: number;
  message: string;
}

/** Thrown when rule files cannot be loaded; carries every problem found, not just the first. */
export class RuleSetError extends Error {
  constructor(readonly problems: RuleFileProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'RuleSetError';
  }
}

/** `file:line:col: message`, the form editors and CI annotations understand. */
export function formatProblem(problem: RuleFileProblem): string {
  return `${problem.file}:${problem.line}:${problem.col}: ${problem.message}`;
}

/** Edit distance, for "did you mean" hints on misspelt keys and kinds. */
function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

/** The closest known word, if it is close enough to be a plausible typo. */
export function suggest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
