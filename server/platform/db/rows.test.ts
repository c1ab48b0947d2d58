import { describe, expect, it } from 'vitest';
import { rowsOf } from './rows.js';

describe('rowsOf', () => {
  it('reads rows from either driver shape', () => {
    expect(rowsOf<{ n: number }>([{ n: 1 }])).toEqual([{ n: 1 }]);
    expect(rowsOf<{ n: number }>({ rows: [{ n: 2 }], rowCount: 1 })).toEqual([{ n: 2 }]);
  });
});
