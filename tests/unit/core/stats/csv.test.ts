import { describe, expect, it } from 'vitest';
import { csvField, HISTORY_CSV_HEADER, historyCsv, toCsv } from '@/src/core/stats/csv';
import { emptyDay, emptyStats, type Stats } from '@/src/core/stats/day-stats';
import { exportHistoryJson } from '@/src/core/stats/export-history';
import { MINUTE } from '@/src/core/time';

/** A minimal RFC 4180 reader, to check that what we write reads back as the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV escaping (RFC 4180)', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('2026-05-01')).toBe('2026-05-01');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField('')).toBe('');
  });

  it('quotes a field with a comma', () => {
    expect(csvField('4,5')).toBe('"4,5"');
  });

  it('doubles quotes inside a quoted field', () => {
    expect(csvField('the "quick" one')).toBe('"the ""quick"" one"');
  });

  it('quotes line breaks of every kind', () => {
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it('ends every record with CRLF, and reads back as the same fields', () => {
    const rows = [
      ['name', 'note'],
      ['a, b', 'say "hi"\nthen leave'],
      ['', '"'],
    ];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('name,note');
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('history CSV', () => {
  const stats: Stats = {
    v: 1,
    days: {
      '2026-04-29': { ...emptyDay(), activeMs: 90 * MINUTE, routinesFull: 1, comfort: [4, 5] },
      '2026-05-02': { ...emptyDay(), activeMs: 30_000, routinesQuick: 2, snoozes: 1, naturalBreaks: 3 },
    },
  };

  it('has a header and one row per day, days with nothing stored as zeros, up to today', () => {
    const rows = parseCsv(historyCsv(stats, '2026-05-03'));
    expect(rows[0]).toEqual([...HISTORY_CSV_HEADER]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      '2026-04-29',
      '2026-04-30',
      '2026-05-01',
      '2026-05-02',
      '2026-05-03',
    ]);
    expect(rows[1]).toEqual(['2026-04-29', '90', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '4 5']);
    expect(rows[2]).toEqual(['2026-04-30', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '']);
    expect(rows[4]).toEqual(['2026-05-02', '0.5', '0', '2', '0', '1', '0', '3', '0', '0', '0', '0', '']);
  });

  it('keeps the columns files exported before had, where they had them, and adds the new kinds after', () => {
    expect(HISTORY_CSV_HEADER.join(',')).toBe(
      'date,active_minutes,routines_full,routines_quick,prompts,snoozes,skips,natural_breaks,posture_checks,' +
        'routines_evening,routines_longer,routines_mine,comfort_ratings',
    );
  });

  it('is the header alone when there is no history', () => {
    expect(historyCsv(emptyStats(), '2026-05-03')).toBe(`${HISTORY_CSV_HEADER.join(',')}\r\n`);
  });
});

describe('history JSON', () => {
  it('holds every stored day, oldest first, in an envelope that names it', () => {
    const stats: Stats = {
      v: 1,
      days: { '2026-05-02': { ...emptyDay(), skips: 1 }, '2026-04-30': { ...emptyDay(), comfort: [3] } },
    };
    const parsed = JSON.parse(exportHistoryJson(stats, Date.UTC(2026, 4, 3)));
    expect(parsed).toMatchObject({
      app: 'nape',
      kind: 'history',
      version: 1,
      exportedAt: '2026-05-03T00:00:00.000Z',
    });
    expect(Object.keys(parsed.days)).toEqual(['2026-04-30', '2026-05-02']);
    expect(parsed.days['2026-04-30'].comfort).toEqual([3]);
  });
});
