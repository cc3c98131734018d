/**
 * Discernment: telling problems from good practice. Hits and correct rejections are reported
 * apart, with their balanced mean, so doubting everything does not score well: flagging every
 * item gets every hit but no correct rejection, and a balanced figure of 0.5.
 */
export interface Discernment {
  hits: number;
  misses: number;
  correctRejections: number;
  falseAlarms: number;
  /** hits / (hits + misses); null when there was nothing to find. */
  hitRate: number | null;
  /** correctRejections / (correctRejections + falseAlarms); null when there were no controls. */
  correctRejectionRate: number | null;
  /** Mean of the two rates (balanced accuracy); the one rate there is when only one exists. */
  balanced: number | null;
}

export interface Judgement {
  /** Is there a problem to find here? */
  isProblem: boolean;
  /** Did the student flag it? */
  flagged: boolean;
}

export function tally(judgements: readonly Judgement[]): Discernment {
  let hits = 0;
  let misses = 0;
  let correctRejections = 0;
  let falseAlarms = 0;
  for (const j of judgements) {
    if (j.isProblem) {
      if (j.flagged) hits++;
      else misses++;
    } else if (j.flagged) falseAlarms++;
    else correctRejections++;
  }
  return withRates({ hits, misses, correctRejections, falseAlarms });
}

export function withRates(counts: Pick<Discernment, 'hits' | 'misses' | 'correctRejections' | 'falseAlarms'>): Discernment {
  const { hits, misses, correctRejections, falseAlarms } = counts;
  const hitRate = hits + misses > 0 ? hits / (hits + misses) : null;
  const correctRejectionRate = correctRejections + falseAlarms > 0 ? correctRejections / (correctRejections + falseAlarms) : null;
  const rates = [hitRate, correctRejectionRate].filter((r): r is number => r !== null);
  const balanced = rates.length > 0 ? rates.reduce((a, b) => a + b, 0) / rates.length : null;
  return { hits, misses, correctRejections, falseAlarms, hitRate, correctRejectionRate, balanced };
}

/** Sum several tallies, e.g. all the exercises of a lesson. */
export function combine(parts: readonly Discernment[]): Discernment {
  return withRates(
    parts.reduce(
      (sum, d) => ({
        hits: sum.hits + d.hits,
        misses: sum.misses + d.misses,
        correctRejections: sum.correctRejections + d.correctRejections,
        falseAlarms: sum.falseAlarms + d.falseAlarms,
      }),
      { hits: 0, misses: 0, correctRejections: 0, falseAlarms: 0 },
    ),
  );
}

/**
 * Which way a student leans, in plain words: flagging sound items as problems (doubting too much)
 * or letting problems pass (trusting too much). Null when there is no lean to report.
 */
export function biasNote(d: Pick<Discernment, 'misses' | 'falseAlarms'>): string | null {
  const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
  const { misses, falseAlarms } = d;
  if (falseAlarms > misses) return `You flagged sound items as problems ${times(falseAlarms)}: you may be doubting too much.`;
  if (misses > falseAlarms) return `You let problems pass ${times(misses)}: you may be trusting too much.`;
  if (misses > 0) return `You flagged sound items as problems ${times(falseAlarms)} and let problems pass ${times(misses)}: no lean either way.`;
  return null;
}
