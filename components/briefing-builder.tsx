import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { buildBriefing, defaultHeadings } from '@/lib/briefing/document';
import { briefingFileName, type BriefingFormat, briefingFormats, formatInfo } from '@/lib/briefing/formats';
import { type BriefingScope, moveClip, orderClips } from '@/lib/briefing/selection';
import { defaultBriefingSettings } from '@/lib/briefing/settings';
import { type ClipWithSource, citedSources } from '@/lib/clips';
import { type BriefingSettings, briefingOutlines, citationStyles } from '@/lib/schema';
import { briefingSettingsItem, readBriefingSettings } from '@/lib/settings';
import { BriefingPreview } from './briefing-preview';
import { clipLabel } from './clip-card';
import { ExportProgress } from './export-progress';
import { useBriefingWorker } from './use-briefing-worker';

export interface BriefingBuilderProps {
  all: readonly ClipWithSource[];
  filtered: readonly ClipWithSource[];
  picked: readonly ClipWithSource[];
  today: string;
  staleAfterYears: number;
}

const outlineLabels: Record<BriefingSettings['outline'], string> = {
  'make-the-case': 'Make the case',
  'by-kind': 'By kind',
  'by-tag': 'By tag',
};
const styleLabels: Record<BriefingSettings['citationStyle'], string> = { apa: 'APA 7', mla: 'MLA 9' };

/** Title, audience, summary, which clips in which order, outline, citation style; preview and download (issue #5). */
export function BriefingBuilder({ all, filtered, picked, today, staleAfterYears }: BriefingBuilderProps) {
  const id = useId();
  const [settings, setSettings] = useState<BriefingSettings>(() => ({ ...defaultBriefingSettings(today), staleAfterYears }));
  const [loaded, setLoaded] = useState(false);
  const [scope, setScope] = useState<BriefingScope>(picked.length ? 'picked' : 'all');
  const [order, setOrder] = useState<string[]>([]);
  const dragged = useRef<number | undefined>(undefined);

  // The last settings come back; the date is today's unless the user set one since.
  useEffect(() => {
    void readBriefingSettings().then((saved) => {
      if (saved) setSettings({ ...saved, date: today, staleAfterYears });
      setLoaded(true);
    });
  }, []);
  useEffect(() => {
    if (loaded) void briefingSettingsItem.setValue(settings);
  }, [settings, loaded]);
  useEffect(() => setSettings((before) => ({ ...before, staleAfterYears })), [staleAfterYears]);

  const inScope = scope === 'all' ? all : scope === 'filter' ? filtered : picked;
  const chosen = useMemo(() => orderClips(inScope, order), [inScope, order]);
  const input = useMemo(
    () => ({ settings, clips: chosen.map((item) => item.clip), sources: citedSources(chosen) }),
    [settings, chosen],
  );
  // Only the sections are needed here; the worker formats references for the preview and files.
  const document = useMemo(() => buildBriefing(input, { references: false }), [input]);
  const worker = useBriefingWorker(settings.citationStyle);
  const set = (changes: Partial<BriefingSettings>) => setSettings((before) => ({ ...before, ...changes }));
  // The order list is rendered again only when the clips change: with thousands of
  // clips, re-rendering it for an export's start and end would freeze the page (issue #5).
  const orderList = useMemo(() => {
    const move = (from: number, delta: number) => setOrder(moveClip(chosen.map((item) => item.clip.id), from, delta));
    return (
      <ol className="briefing-order" aria-label="Briefing clips in order">
        {chosen.map((item, index) => (
          <li
            key={item.clip.id}
            draggable
            onDragStart={() => (dragged.current = index)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={() => {
              if (dragged.current !== undefined) move(dragged.current, index - dragged.current);
              dragged.current = undefined;
            }}
          >
            <span className="order-text">
              {item.clip.starred ? '★ ' : ''}
              {clipLabel(item.clip.quote)}
            </span>
            <button type="button" className="secondary" aria-label={`Move up: ${clipLabel(item.clip.quote)}`} disabled={index === 0} onClick={() => move(index, -1)}>
              ↑
            </button>
            <button type="button" className="secondary" aria-label={`Move down: ${clipLabel(item.clip.quote)}`} disabled={index === chosen.length - 1} onClick={() => move(index, 1)}>
              ↓
            </button>
          </li>
        ))}
      </ol>
    );
  }, [chosen]);
  const headingKeys = [...(document.keyFigures.length ? ['key-figures'] : []), ...document.sections.map((section) => section.key)];
  const headingOf = (key: string) => document.sections.find((section) => section.key === key)?.heading;

  return (
    <section className="briefing-builder" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Briefing</h2>
      <div className="builder-grid">
        <fieldset>
          <legend>About the briefing</legend>
          <label htmlFor={`${id}-title`}>Title</label>
          <input id={`${id}-title`} value={settings.title} onChange={(event) => set({ title: event.target.value })} />
          <label htmlFor={`${id}-audience`}>For</label>
          <input id={`${id}-audience`} placeholder="Head of Marketing" value={settings.audience} onChange={(event) => set({ audience: event.target.value })} />
          <label htmlFor={`${id}-author`}>Prepared by</label>
          <input id={`${id}-author`} value={settings.author} onChange={(event) => set({ author: event.target.value })} />
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} type="date" value={settings.date} onChange={(event) => event.target.value && set({ date: event.target.value })} />
          <label htmlFor={`${id}-summary`}>Opening summary</label>
          <textarea
            id={`${id}-summary`}
            rows={5}
            placeholder="What you are asking for, and why, in a few sentences."
            value={settings.summary}
            onChange={(event) => set({ summary: event.target.value })}
          />
        </fieldset>
        <div>
          <fieldset>
            <legend>Outline</legend>
            {briefingOutlines.map((outline) => (
              <label key={outline} className="choice">
                <input type="radio" name={`${id}-outline`} checked={settings.outline === outline} onChange={() => set({ outline })} />
                {outlineLabels[outline]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Citation style</legend>
            {citationStyles.map((style) => (
              <label key={style} className="choice">
                <input type="radio" name={`${id}-style`} checked={settings.citationStyle === style} onChange={() => set({ citationStyle: style })} />
                {styleLabels[style]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Clips</legend>
            <label className="choice">
              <input type="radio" name={`${id}-scope`} checked={scope === 'all'} onChange={() => setScope('all')} />
              All clips ({all.length})
            </label>
            <label className="choice">
              <input type="radio" name={`${id}-scope`} checked={scope === 'filter'} onChange={() => setScope('filter')} />
              The library’s current filter ({filtered.length})
            </label>
            <label className="choice">
              <input type="radio" name={`${id}-scope`} checked={scope === 'picked'} onChange={() => setScope('picked')} />
              Hand-picked in the library ({picked.length})
            </label>
          </fieldset>
          <fieldset>
            <legend>Section headings</legend>
            {headingKeys.map((key) => {
              const fallback = defaultHeadings[key] ?? headingOf(key) ?? key;
              return (
                <label key={key} className="heading-field">
                  <span>Heading for “{fallback}”</span>
                  <input
                    value={settings.sectionTitles[key] ?? ''}
                    placeholder={fallback}
                    onChange={(event) => set({ sectionTitles: { ...settings.sectionTitles, [key]: event.target.value } })}
                  />
                </label>
              );
            })}
          </fieldset>
        </div>
      </div>

      <h3>Order</h3>
      <p className="hint">Drag a clip, or move it with its buttons. Starred statistics lead as key figures.</p>
      {orderList}

      <div className="downloads" role="group" aria-label="Download the briefing">
        {briefingFormats.map((format: BriefingFormat) => (
          <button
            key={format}
            type="button"
            disabled={chosen.length === 0 || worker.exporting}
            onClick={() => void worker.exportFile(format, input, chosen, briefingFileName(settings.title, settings.date, format))}
          >
            {formatInfo[format].label}
          </button>
        ))}
      </div>
      {worker.exporting && <ExportProgress progress={worker.progress} onCancel={worker.cancel} />}
      {worker.message && <p role="status">{worker.message}</p>}

      <BriefingPreview input={input} render={worker.preview} />
    </section>
  );
}
