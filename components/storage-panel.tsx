import { useEffect, useState } from 'react';

const formatBytes = (bytes: number) =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** How much space Casefile uses, whether it is kept persistently, and what uninstalling means. */
export function StoragePanel() {
  const [usage, setUsage] = useState<number>();
  const [persisted, setPersisted] = useState<boolean>();
  useEffect(() => {
    void navigator.storage?.estimate?.().then((estimate) => setUsage(estimate.usage ?? 0));
    // Ask once: with unlimitedStorage the browser usually grants it silently.
    void navigator.storage?.persist?.().then(setPersisted, () => setPersisted(false));
  }, []);
  return (
    <section className="storage" aria-label="Storage">
      <p>
        {usage === undefined ? 'Measuring storage…' : `Casefile uses ${formatBytes(usage)} in this browser.`}{' '}
        {persisted === true && 'The browser keeps it even when space runs low.'}
        {persisted === false && 'The browser may clear it when space runs low: export a backup now and then.'}
      </p>
      <p>Your clips live only in this browser profile. Uninstalling Casefile erases them, unless you export a backup first.</p>
    </section>
  );
}
