import { useJsonCheck, isBlank } from '../../state/useJsonCheck';
import { useJsonStore } from '../../state/jsonStore';
import { JsonCheckPanel } from './JsonCheckPanel';
import { JsonEditor } from './JsonEditor';
import { JsonWelcome } from './JsonWelcome';
import { RepairPreview } from './RepairPreview';

/** The JSON screen (#/json): edit on the left, the strict check beside it, a repair preview on request. */
export default function JsonScreen() {
  const blank = useJsonStore((s) => isBlank(s.input));
  const check = useJsonCheck();
  return (
    <div className="json-screen">
      <RepairPreview />
      <div className="json-workspace">
        <JsonEditor check={blank ? undefined : check.result} />
        {blank ? <JsonWelcome /> : <JsonCheckPanel check={check} />}
      </div>
    </div>
  );
}
