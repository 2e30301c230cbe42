import { useJobs } from '../store/jobs';
import { useDocument } from '../store/document';

/** Background work with progress and cancel; otherwise the study's size. */
export function StatusBar() {
  const jobs = useJobs((s) => s.jobs);
  const seriesCount = useDocument((s) => s.workspace?.series.length ?? 0);
  const eventCount = useDocument((s) => s.workspace?.events.length ?? 0);
  return (
    <footer className="statusbar">
      {jobs.length === 0 && (
        <span className="muted">
          {seriesCount} series · {eventCount} events · everything stays on this computer
        </span>
      )}
      {jobs.map((job) => (
        <div className="job" key={job.id}>
          <span>{job.label}</span>
          <progress aria-label={job.label} max={1} value={job.progress ?? undefined} />
          <button type="button" onClick={job.cancel}>
            Cancel
          </button>
        </div>
      ))}
    </footer>
  );
}
