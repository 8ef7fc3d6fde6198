// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { text as TEXT_EN } from '@/src/content/lang/en';
import { CONTENT_LOCALES } from '@/src/content/locale';
import {
  routineTextSchema,
  safetyTextSchema,
  stepDefinitionsSchema,
  type VariantSource,
  variantSourceSchema,
} from '@/src/content/schema';
import { STEPS } from '@/src/content/steps';
import { VARIANT_SOURCES } from '@/src/content/variants';
import { SHIPPED_VARIANT_IDS } from '@/src/core/routine/plan';
import { TEXTS } from './by-locale';

// The schema is the gate every edit of the content passes: it must take the real content and
// refuse a broken copy with a message that says where and what.

function errorsOf(schema: z.ZodMiniType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the schema to reject this value');
  return z.prettifyError(result.error);
}

// A variant whose steps a test may overwrite with anything, valid or not.
const editable = (source: VariantSource) => ({
  ...source,
  steps: source.steps.map((s) => ({ ...s })) as { step: string; seconds: number }[],
});

describe('content schema accepts the real content', () => {
  it('takes the step definitions', () => {
    expect(stepDefinitionsSchema.safeParse(STEPS).error).toBeUndefined();
  });

  it.each(SHIPPED_VARIANT_IDS)('takes the %s variant', (id) => {
    expect(variantSourceSchema(STEPS).safeParse(VARIANT_SOURCES[id]).error).toBeUndefined();
  });

  it.each(CONTENT_LOCALES)('takes the %s text, safety content included', (locale) => {
    const text = TEXTS[locale];
    expect(routineTextSchema.safeParse(text).error).toBeUndefined();
    expect(safetyTextSchema.safeParse(text.safety).error).toBeUndefined();
  });
});

describe('content schema rejects a broken copy and says why', () => {
  it('an empty instruction, named by its step', () => {
    const broken = structuredClone(TEXT_EN);
    broken.steps['ms-rub'].instruction = '   ';
    const message = errorsOf(routineTextSchema, broken);
    expect(message).toContain('steps["ms-rub"].instruction');
    expect(message).toContain('must not be empty');
  });

  it('a step with no text at all', () => {
    const broken: Record<string, unknown> = structuredClone(TEXTS.ru);
    const steps = { ...(broken.steps as Record<string, unknown>) };
    delete steps['ms-pinch'];
    broken.steps = steps;
    const message = errorsOf(routineTextSchema, broken);
    expect(message).toContain('missing text for this step');
    expect(message).toContain('steps["ms-pinch"]');
  });

  it('an empty contraindication list', () => {
    const broken = structuredClone(TEXT_EN.safety);
    broken.doNot = [];
    expect(errorsOf(safetyTextSchema, broken)).toMatch(/at least one item[\s\S]*doNot/);
  });

  it('a negative or fractional duration', () => {
    const broken = editable(VARIANT_SOURCES.full);
    broken.steps[2] = { step: 'ex-metronome-l', seconds: -20 };
    const message = errorsOf(variantSourceSchema(STEPS), broken);
    expect(message).toContain('duration must be a positive number of seconds');
    expect(message).toContain('steps[2].seconds');

    broken.steps[2] = { step: 'ex-metronome-l', seconds: 2.5 };
    expect(errorsOf(variantSourceSchema(STEPS), broken)).toContain('steps[2].seconds');
  });

  it('a duplicate step id among the definitions', () => {
    const broken = [...STEPS, { ...(STEPS[3] as (typeof STEPS)[number]) }];
    const message = errorsOf(stepDefinitionsSchema, broken);
    expect(message).toContain('duplicate step id "ex-spring-down"');
    expect(message).toContain(`[${STEPS.length}]`);
  });

  it('a variant that repeats a step or uses one that is not defined', () => {
    const broken = editable(VARIANT_SOURCES.quick);
    broken.steps[1] = { step: 'ex-metronome-r', seconds: 15 };
    broken.steps[2] = { step: 'ex-fakir-r', seconds: 15 };
    const message = errorsOf(variantSourceSchema(STEPS), broken);
    expect(message).toContain('duplicate step in variant "ex-metronome-r"');
    expect(message).toMatch(/is not a defined step id\s+→ at steps\[2\]\.step/);
  });
});
