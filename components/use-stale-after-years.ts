import { useEffect, useState } from 'react';
import { readStaleAfterYears, staleAfterYearsSetting } from '@/lib/settings';
import { defaultStaleAfterYears } from '@/lib/staleness';

/** The stale threshold, kept current when the user changes it elsewhere. */
export function useStaleAfterYears(): number {
  const [years, setYears] = useState(defaultStaleAfterYears);
  useEffect(() => {
    void readStaleAfterYears().then(setYears);
    return staleAfterYearsSetting.watch(() => void readStaleAfterYears().then(setYears));
  }, []);
  return years;
}
