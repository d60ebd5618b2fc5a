// Records of slots that memos hand out one each: fields rather than an array, so a memo reaches
// its answer through one object (an array would keep the values in a second one).

/** Ten slots, each owned by one memo for the life of the process. */
export class Slots {
  s0: unknown = undefined;
  s1: unknown = undefined;
  s2: unknown = undefined;
  s3: unknown = undefined;
  s4: unknown = undefined;
  s5: unknown = undefined;
  s6: unknown = undefined;
  s7: unknown = undefined;
  s8: unknown = undefined;
  s9: unknown = undefined;
}

export type Slot = `s${number}` & keyof Slots;

/** The slot names, in order. */
export const SLOT_NAMES: readonly Slot[] = Object.keys(new Slots()).filter((k): k is Slot => /^s\d$/.test(k));

/**
 * Hands out the slot names one at a time, for memos made at module load.
 * @throws Error naming `what` when all are taken (a programming error: add a field to Slots).
 */
export function slotTaker(what: string): () => Slot {
  let taken = 0;
  return () => {
    const slot = SLOT_NAMES[taken++];
    if (!slot) throw new Error(`${what}: every slot is taken`);
    return slot;
  };
}
