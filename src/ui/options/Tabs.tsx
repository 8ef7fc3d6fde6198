import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface Tab<K extends string> {
  key: K;
  label: string;
}

interface Props<K extends string> {
  label: string;
  tabs: readonly Tab<K>[];
  selected: K;
  onSelect(key: K): void;
  children: ComponentChildren;
}

/**
 * A vertical tab list (WAI-ARIA tabs pattern, automatic activation): one tab in the Tab order,
 * arrows move and select, Home and End jump. Only the selected panel is rendered, so only its tab
 * says which panel it controls.
 */
export function Tabs<K extends string>({ label, tabs, selected, onSelect, children }: Props<K>) {
  const list = useRef<HTMLDivElement>(null);
  const focusTab = (key: K) => {
    onSelect(key);
    list.current?.querySelector<HTMLElement>(`#tab-${key}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.key === selected);
    const step: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
    let next: number | undefined;
    if (e.key in step) next = (i + (step[e.key] as number) + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    if (next === undefined) return;
    e.preventDefault();
    focusTab((tabs[next] as Tab<K>).key);
  };
  return (
    <div class="tabs">
      <div
        ref={list}
        class="tablist"
        role="tablist"
        aria-label={label}
        aria-orientation="vertical"
        onKeyDown={onKeyDown}
      >
        {tabs.map((t) => (
          <button
            key={t.key}
            id={`tab-${t.key}`}
            type="button"
            role="tab"
            aria-selected={t.key === selected}
            aria-controls={t.key === selected ? `panel-${t.key}` : undefined}
            tabIndex={t.key === selected ? 0 : -1}
            onClick={() => onSelect(t.key)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id={`panel-${selected}`} class="panel" role="tabpanel" aria-labelledby={`tab-${selected}`}>
        {children}
      </div>
    </div>
  );
}
