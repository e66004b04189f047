// Shared by the ui-*.test.tsx files: render at a given width with a chosen theme, and
// check that no line of a frame is wider than the pane.
import {stripVTControlCharacters} from 'node:util';
import {EventEmitter} from 'node:events';
import {setTimeout as delay} from 'node:timers/promises';
import assert from 'node:assert/strict';
import type {ReactElement} from 'react';
import {Box, render} from 'ink';
import stringWidth from 'string-width';
import {createTheme, ThemeContext, type Theme} from '../../source/tui/theme.js';

/** A theme without colour, as under NO_COLOR. */
export const PLAIN = createTheme({color: false});

// ink-testing-library's stdout is always 100 columns, which would clip wider frames: this
// one reports the width under test, as a real terminal of that size would.
class FakeStdout extends EventEmitter {
  lastFrame = '';
  constructor(readonly columns: number) {
    super();
  }
  readonly rows = 200;
  write = (frame: string): boolean => {
    this.lastFrame = frame;
    return true;
  };
}

/** Renders `element` in a terminal and box `width` cells wide and returns its frame, styles kept. */
export async function rawFrame(
  element: ReactElement,
  width: number,
  theme: Theme = PLAIN,
): Promise<string> {
  const stdout = new FakeStdout(width);
  const view = render(
    <ThemeContext value={theme}>
      <Box width={width} flexDirection="column">
        {element}
      </Box>
    </ThemeContext>,
    {
      stdout: stdout as unknown as NodeJS.WriteStream,
      debug: true,
      patchConsole: false,
      exitOnCtrlC: false,
    },
  );
  await delay(0);
  const frame = stdout.lastFrame;
  view.unmount();
  return frame;
}

/** Renders `element` in a terminal and box `width` cells wide and returns its frame's lines, unstyled. */
export async function frameLines(
  element: ReactElement,
  width: number,
  theme: Theme = PLAIN,
): Promise<string[]> {
  return stripVTControlCharacters(await rawFrame(element, width, theme)).split('\n');
}

/** Fails when any line is wider than `width` cells. */
export function assertFits(lines: readonly string[], width: number): void {
  for (const line of lines) {
    assert.ok(stringWidth(line) <= width, `line wider than ${width}: ${JSON.stringify(line)}`);
  }
}
