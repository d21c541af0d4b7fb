import { CompareInputPanel } from './CompareInputPanel';
import { CompareOptionsPanel } from './CompareOptionsPanel';
import { CompareResults } from './CompareResults';
import { CompareToolbar } from './CompareToolbar';
import { useCompareStore } from '../../state/compareStore';
import { StorageLine } from '../history/StorageLine';

/** Two responses side by side: what differs in status, headers and body, noise set aside. */
export default function CompareScreen() {
  const empty = useCompareStore((s) => s.a.input.trim() === '' && s.b.input.trim() === '');
  return (
    <div className="compare-screen">
      <CompareToolbar />
      <div className="compare-inputs">
        <CompareInputPanel side="a" />
        <CompareInputPanel side="b" />
      </div>
      <StorageLine screen="compare" empty={empty} />
      <CompareOptionsPanel />
      <CompareResults />
    </div>
  );
}
