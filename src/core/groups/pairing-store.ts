export type MetAnswer = 'yes' | 'planned' | 'no';
export const MET_ANSWERS: readonly MetAnswer[] = ['yes', 'planned', 'no'];

export interface PairingSettings {
  groupId: number;
  cadenceWeeks: number;
  nextRoundAt: Date;
  paused: boolean;
}

export interface PairMember {
  personId: number;
  organisationId: number | null;
  metAnswer: MetAnswer | null;
}

export interface PairingPair {
  id: number;
  members: PairMember[];
}

export interface PairingRound {
  id: number;
  groupId: number;
  number: number;
  dueAt: Date;
  seed: number;
  pairs: PairingPair[];
}

/** The port for peer pairing: settings per group, rounds with their pairs and answers, people's pauses. */
export interface PairingStore {
  settings(groupId: number): Promise<PairingSettings | undefined>;
  /** Turns pairing on (or changes the cadence): upsert. */
  saveSettings(settings: PairingSettings, updatedBy: number | null): Promise<void>;
  /** Returns false when pairing was never turned on for the group. */
  setPaused(groupId: number, paused: boolean, updatedBy: number): Promise<boolean>;
  setNextRoundAt(groupId: number, at: Date): Promise<void>;
  lastRoundNumber(groupId: number): Promise<number>;
  roundById(id: number): Promise<PairingRound | undefined>;
  /** The latest rounds, the most recent first. */
  recentRounds(groupId: number, limit: number): Promise<PairingRound[]>;
  /**
   * Stores a round and its pairs, atomically; when the round exists already (a retried job, another
   * instance), nothing is written and the stored round is returned.
   */
  createRound(round: Omit<PairingRound, 'id' | 'pairs'> & { groups: { personId: number; organisationId: number | null }[][] }): Promise<PairingRound>;
  /** Records a member's answer; false when the person was not in that pair. */
  answer(pairId: number, personId: number, answer: MetAnswer, at: Date): Promise<boolean>;
  /** The pair with its round's group, for answering. */
  pair(pairId: number): Promise<(PairingPair & { roundId: number; groupId: number }) | undefined>;
  /** Of these people, those paused at the given time. */
  pausedAmong(personIds: number[], at: Date): Promise<Set<number>>;
  pause(personId: number, until: Date, at: Date): Promise<void>;
  /** Ends a pause; false when there was none going on. */
  resume(personId: number, at: Date): Promise<boolean>;
}
