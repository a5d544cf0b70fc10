import type {
  Assignment,
  ObjectiveComparison,
  RepairResult,
  Round,
  RoundChange,
  RoundResult,
  StudentExplanation,
} from './engine/index';
import type { RunStage } from '../../../shared/domain/placements';
import type { AppErrorCode } from '../../errors';

/**
 * A round the worker reads and writes itself, on a connection of its own to the same database file
 * (docs/decisions/086): the snapshot is read and the output written off the server's thread.
 */
export interface RoundSource {
  kind: 'run' | 'compare';
  /** The database file (the server's connection's name). */
  path: string;
  roundId: number;
  actor: { userId: number; partnershipId: number };
}

/** What the server asks the engine's worker to do, and what comes back (structured-cloned). */
export type WorkerJob =
  | { kind: 'run'; round: Round }
  | { kind: 'compare'; round: Round }
  | { kind: 'repair'; round: Round; published: Assignment[]; change: RoundChange }
  | { kind: 'fromDatabase'; source: RoundSource };

export type WorkerOutput =
  | { kind: 'run'; result: RoundResult; explanations: StudentExplanation[] }
  | { kind: 'compare'; comparison: ObjectiveComparison }
  | { kind: 'repair'; repair: RepairResult };

/**
 * A `fromDatabase` job is a conversation: the worker says the snapshot is `checked`; the server records
 * the run and says `go` (when a worker slot is free); the worker says `solved`; the server says `apply`
 * with the time of its clock (a test's fake clock too); the worker writes and says `applied`.
 */
export type ServerMessage = { type: 'go'; runId: number } | { type: 'apply'; now: number };

export type WorkerMessage =
  | { type: 'stage'; stage: RunStage }
  | { type: 'done'; output: WorkerOutput }
  | { type: 'checked'; inputsRevision: number; students: number }
  | { type: 'solved' }
  | { type: 'applied' }
  /** `refusal`: what the user reads (an AppError's code and message key); `message`: the engine's own words. */
  | { type: 'error'; message: string; refusal?: { code: AppErrorCode; key: string } };
