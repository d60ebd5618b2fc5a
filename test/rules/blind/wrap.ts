// How a blind sentence is placed in a note for each rule, shared by the blind tests and scripts/blind-score.mjs.

const OPEN = 'Dear Ms. Ortiz,\n\nThank you for meeting with me on Tuesday about the analyst role. I enjoyed hearing about the team.';
const CLOSE = 'I look forward to hearing from you.';
const SIGN = '\n\nBest regards,\nSam';
const STRONG = 'I bring six years of payroll experience.';

/** Tone rules read the sentence in a body paragraph, the whole-note rules in their own place. */
export const WRAP: Readonly<Record<string, (s: string) => string>> = {
  desperation: (s) => `${OPEN}\n\n${STRONG} ${s}\n\n${CLOSE}${SIGN}`,
  hounding: (s) => `${OPEN}\n\n${STRONG} ${s}\n\n${CLOSE}${SIGN}`,
  'self-deprecation': (s) => `${OPEN}\n\n${STRONG} ${s}\n\n${CLOSE}${SIGN}`,
  'negative-ending': (s) => `${OPEN}\n\n${STRONG}\n\n${s}${SIGN}`,
  // The note has no other strength, so it is flagged unless the sentence states one.
  'missing-strengths': (s) => `${OPEN}\n\n${s}\n\n${CLOSE}${SIGN}`,
};
