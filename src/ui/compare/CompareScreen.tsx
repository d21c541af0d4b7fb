import { CompareInputPanel } from './CompareInputPanel';
import { CompareOptionsPanel } from './CompareOptionsPanel';
import { CompareResults } from './CompareResults';
import { CompareToolbar } from './CompareToolbar';

/** Two responses side by side: what differs in status, headers and body, noise set aside. */
export default function CompareScreen() {
  return (
    <div className="compare-screen">
      <CompareToolbar />
      <div className="compare-inputs">
        <CompareInputPanel side="a" />
        <CompareInputPanel side="b" />
      </div>
      <CompareOptionsPanel />
      <CompareResults />
    </div>
  );
}
