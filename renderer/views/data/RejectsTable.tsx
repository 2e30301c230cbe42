import type { Reject } from '../../../shared/import-report';

/** The rows an import rejected, each with its line number and reason, as users fix them in their file. */
export function RejectsTable({ file, rejected }: { file: string; rejected: Reject[] }) {
  return (
    <table className="grid" aria-label={`Rejected rows of ${file}`}>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {rejected.map((r) => (
          <tr key={`${r.line}-${r.reason}`}>
            <td className="num">{r.line}</td>
            <td>{r.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
