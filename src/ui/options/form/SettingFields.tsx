import type { ComponentType } from 'preact';
import { type EntryOn, type SettingEntry, settingsOn } from '@/src/core/settings/entries';
import type { SettingsTab } from '@/src/core/settings/registry';
import { CheckboxField } from './CheckboxField';
import { NumberField } from './NumberField';

/** The kinds of setting drawn from their declaration alone: a checkbox, a number box. */
type Drawn = 'toggle' | 'whole' | 'decimal';

/** A setting's dotted name, e.g. `'neckBreak.intervalMin'`. */
type IdOf<E> = E extends { key: readonly [infer G extends string, infer K extends string] }
  ? `${G}.${K}`
  : never;

/** What a section may add to a drawn field. */
export interface FieldOptions {
  hint?: string;
  step?: number;
}

/**
 * How a tab shows its settings beyond their declarations: a hint or a step for a drawn field, or a
 * field of its own for any setting, which every setting of another kind (a list, a choice, the
 * week) must have: a new one without it does not compile.
 */
type Shown<T extends SettingsTab> = { [Id in OwnIds<T>]: ComponentType } & {
  [Id in IdOf<Extract<EntryOn<T>, { kind: Drawn }>>]?: FieldOptions | ComponentType;
};
type OwnIds<T extends SettingsTab> = IdOf<Exclude<EntryOn<T>, { kind: Drawn }>>;

type Props<T extends SettingsTab> = { tab: T } & ([OwnIds<T>] extends [never]
  ? { shown?: Shown<T> }
  : { shown: Shown<T> });

/**
 * Every setting on a tab, in the order of the settings' table (core/settings/registry.ts): an
 * on/off setting as a checkbox, a number as a number box with its range, anything else as the
 * field the tab gives it.
 */
export function SettingFields<T extends SettingsTab>({ tab, shown }: Props<T>) {
  const how: Partial<Record<string, FieldOptions | ComponentType>> = shown ?? {};
  return (
    <>
      {settingsOn(tab).map((entry) => {
        const id = entry.key.join('.');
        const own = how[id];
        if (typeof own === 'function') {
          const Own = own;
          return <Own key={id} />;
        }
        return <DrawnField key={id} entry={entry} {...own} />;
      })}
    </>
  );
}

function DrawnField({ entry, hint, step }: { entry: SettingEntry } & FieldOptions) {
  switch (entry.kind) {
    case 'toggle':
      return <CheckboxField path={entry.key} hint={hint} />;
    case 'whole':
    case 'decimal':
      return <NumberField path={entry.key} hint={hint} step={step} />;
    default:
      // Not reached: Shown makes the tab give every other kind a field of its own.
      return null;
  }
}
