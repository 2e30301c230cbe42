import { create } from 'zustand';
import { cancelEngine } from '../workers/engine';

/** A piece of background work shown in the status bar, with its progress and a cancel button. */
export interface Job {
  id: number;
  label: string;
  progress: number | null;
  cancel: () => void;
}

interface JobsState {
  jobs: Job[];
}

export const useJobs = create<JobsState>(() => ({ jobs: [] }));

export class JobCanceled extends Error {
  constructor() {
    super('canceled');
  }
}

let nextId = 1;

/**
 * Run work in the engine worker as a job. Cancel terminates the worker, so the promise rejects with JobCanceled
 * and nothing the job would have produced reaches the document.
 */
export function runJob<T>(label: string, work: (onProgress: (fraction: number) => void) => Promise<T>): Promise<T> {
  const id = nextId++;
  let rejectCanceled: (err: Error) => void = () => {};
  const canceled = new Promise<never>((_, reject) => (rejectCanceled = reject));
  const remove = () => useJobs.setState((s) => ({ jobs: s.jobs.filter((j) => j.id !== id) }));
  const cancel = () => {
    cancelEngine();
    rejectCanceled(new JobCanceled());
    remove();
  };
  useJobs.setState((s) => ({ jobs: [...s.jobs, { id, label, progress: null, cancel }] }));
  const onProgress = (fraction: number) =>
    useJobs.setState((s) => ({ jobs: s.jobs.map((j) => (j.id === id ? { ...j, progress: fraction } : j)) }));
  return Promise.race([work(onProgress), canceled]).finally(remove);
}
