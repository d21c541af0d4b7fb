import { InputPanel } from './InputPanel';
import { ResultsPanel } from './ResultsPanel';

/** The landing screen: paste on the left, the diagnosis on the right (stacked when narrow). */
export function DiagnoseScreen() {
  return (
    <div className="diagnose-screen">
      <InputPanel />
      <ResultsPanel />
    </div>
  );
}
