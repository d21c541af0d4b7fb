/** The shell command pasted above the output, as written (shown here only; reports mask it). */
export function CommandLine({ command }: { command: string }) {
  return (
    <div className="command-line">
      <span className="command-label">Command</span>
      <pre>
        <code>{command}</code>
      </pre>
    </div>
  );
}
