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

/** What the server asks the engine's worker to do, and what comes back (structured-cloned). */
export type WorkerJob =
  | { kind: 'run'; round: Round }
  | { kind: 'compare'; round: Round }
  | { kind: 'repair'; round: Round; published: Assignment[]; change: RoundChange };

export type WorkerOutput =
  | { kind: 'run'; result: RoundResult; explanations: StudentExplanation[] }
  | { kind: 'compare'; comparison: ObjectiveComparison }
  | { kind: 'repair'; repair: RepairResult };

export type WorkerMessage =
  { type: 'stage'; stage: RunStage } | { type: 'done'; output: WorkerOutput } | { type: 'error'; message: string };
