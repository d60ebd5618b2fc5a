// Valences that adjust AFINN-165 for job-interview notes. Data only.

/**
 * Domain valences by word (surface or lemma). `0` silences a word that names the work rather
 * than the writer's mood: a nurse treats pain and cancer, an analyst hunts fraud and risk, an
 * engineer fixes errors and problems under pressure. A few words AFINN lacks are added.
 */
export const DOMAIN_VALENCE: Readonly<Record<string, number>> = {
  // The work, not the mood.
  problem: 0, problems: 0, challenge: 0, challenges: 0, challenged: 0, risk: 0, risks: 0, cancer: 0,
  pain: 0, debt: 0, crisis: 0, emergency: 0, fraud: 0, pressure: 0, cut: 0, error: 0, errors: 0,
  attack: 0, losses: 0, critical: 0, complaint: 0, complaints: 0, conflict: 0, conflicts: 0, hard: 0, urgent: 0,
  fight: 0, kill: 0, collision: 0, injury: 0, injuries: 0, sick: 0, ill: 0, death: 0, died: 0,
  // Courtesy words that carry no feeling in a note.
  please: 0, free: 0, kind: 0, like: 0, care: 0,
  // Words AFINN lacks that read negatively here.
  unfortunately: -2, regrettably: -2, sadly: -2, rough: -2, blew: -2, bombed: -2, botched: -2, rambled: -2,
  unprepared: -2, flustered: -2, terribly: -2,
};
