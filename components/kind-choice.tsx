import type { ClipKind } from '@/lib/schema';
import { kindLabels } from './kind-labels';

/** Statistic or success story, as a pair of radio buttons. */
export function KindChoice({ name, value, onChange }: { name: string; value: ClipKind; onChange(kind: ClipKind): void }) {
  return (
    <fieldset className="kind-choice">
      <legend>Kind</legend>
      {(Object.keys(kindLabels) as ClipKind[]).map((kind) => (
        <label key={kind}>
          <input type="radio" name={name} value={kind} checked={value === kind} onChange={() => onChange(kind)} />
          {kindLabels[kind]}
        </label>
      ))}
    </fieldset>
  );
}
