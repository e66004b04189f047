import {test} from 'node:test';
import assert from 'node:assert/strict';
import {binDown, sparkline} from '../../../source/text/sparkline.js';
import {cellWidth} from '../../../source/text/width.js';

test('a sparkline scales each value to the largest, from ▁ to █', () => {
  assert.equal(sparkline([1, 2, 4, 8], false), '▁▂▄█');
});

test('a bucket without runs is blank, so a gap reads as a gap', () => {
  assert.equal(sparkline([0, 8, 0, 1], false), ' █ ▁');
});

test('a row of zeros is all blank', () => {
  assert.equal(sparkline([0, 0, 0], false), '   ');
});

test('the ASCII sparkline has one cell per value, as the blocks do', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8];
  assert.equal(sparkline(values, true), '._-=+*#@');
  assert.equal(cellWidth(sparkline(values, false)), values.length);
});

test('168 hourly buckets bin down to 24 cells of seven hours each', () => {
  const hours = Array.from({length: 168}, (_, index) => index);
  const cells = binDown(hours, 24);
  assert.equal(cells.length, 24);
  assert.equal(cells[0], 0 + 1 + 2 + 3 + 4 + 5 + 6);
  assert.equal(
    cells.reduce((sum, n) => sum + n, 0),
    hours.reduce((sum, n) => sum + n, 0),
  );
});

test('binning never makes more cells than there are values', () => {
  assert.deepEqual(binDown([3, 4], 24), [3, 4]);
});
