// Shared by the ui-*.test.tsx files: render at a given width with a chosen theme, and
// check that no line of a frame is wider than the pane.
import {stripVTControlCharacters} from 'node:util';
import {setTimeout as delay} from 'node:timers/promises';
import assert from 'node:assert/strict';
import type {ReactElement} from 'react';
import {Box} from 'ink';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {createTheme, ThemeContext, type Theme} from '../source/theme.js';

/** A theme without colour, as under NO_COLOR. */
export const PLAIN = createTheme({color: false});

/** Renders `element` inside a box `width` cells wide and returns its frame's lines, unstyled. */
export async function frameLines(
  element: ReactElement,
  width: number,
  theme: Theme = PLAIN,
): Promise<string[]> {
  const view = render(
    <ThemeContext value={theme}>
      <Box width={width} flexDirection="column">
        {element}
      </Box>
    </ThemeContext>,
  );
  await delay(0);
  const frame = view.lastFrame() ?? '';
  view.unmount();
  return stripVTControlCharacters(frame).split('\n');
}

/** Fails when any line is wider than `width` cells. */
export function assertFits(lines: readonly string[], width: number): void {
  for (const line of lines) {
    assert.ok(stringWidth(line) <= width, `line wider than ${width}: ${JSON.stringify(line)}`);
  }
}
