import { useCompareStore } from '../../state/compareStore';
import { EXAMPLE_PAIR } from './examplePair';

/** Screen-wide actions: swap the sides, load the example pair, empty both inputs. */
export function CompareToolbar() {
  const swap = useCompareStore((s) => s.swap);
  const setBoth = useCompareStore((s) => s.setBoth);
  const clearInputs = useCompareStore((s) => s.clearInputs);
  const empty = useCompareStore((s) => s.a.input === '' && s.b.input === '');
  return (
    <div className="toolbar compare-toolbar">
      <h1>Compare two responses</h1>
      <button
        type="button"
        onClick={swap}
        data-shortcut="swap"
        title="Exchange the two inputs and their names (Alt+Shift+X)"
      >
        ⇄ Swap A and B
      </button>
      <button type="button" onClick={() => setBoth(EXAMPLE_PAIR.a, EXAMPLE_PAIR.b)}>
        Load example pair
      </button>
      <button type="button" onClick={clearInputs} disabled={empty}>
        Clear both
      </button>
    </div>
  );
}
