/** Several feedback texts as one explanation, skipping any that are missing. */
export const joinExplanations = (texts: readonly (string | undefined)[]) => texts.filter((t): t is string => Boolean(t)).join(' ');
