import { useId } from 'react';
import { StaleAfterYears, staleAfterYearsSetting } from '@/lib/settings';

/** "Mark statistics as stale after N years" (issue #3). */
export function StaleSetting({ value }: { value: number }) {
  const id = useId();
  return (
    <p className="setting">
      <label htmlFor={id}>Mark statistics as stale after (years)</label>{' '}
      <input
        id={id}
        type="number"
        min={0}
        max={50}
        value={value}
        onChange={(event) => {
          const parsed = StaleAfterYears.safeParse(event.target.valueAsNumber);
          if (parsed.success) void staleAfterYearsSetting.setValue(parsed.data);
        }}
      />
    </p>
  );
}
