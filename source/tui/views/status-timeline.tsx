import {Box} from 'ink';
import type {Run} from '../../domain/run.js';
import {useTheme} from '../theme.js';
import {LineView} from './line-view.js';
import {timelineLines} from './timeline-lines.js';

/** Props of the status timeline. */
export type StatusTimelineProps = {
  readonly run: Run;
  readonly now: number;
  readonly width: number;
  /** Print times in UTC instead of the local zone. */
  readonly utc?: boolean;
};

/** A run's status history, oldest first, with time spent in each state and the current wait. */
export function StatusTimeline({run, now, width, utc}: StatusTimelineProps) {
  const theme = useTheme();
  const lines = timelineLines(run, {now, width, symbols: theme.symbols, utc: utc === true});
  return (
    <Box flexDirection="column" width={width}>
      {lines.map((line, index) => (
        <LineView key={index} line={line} />
      ))}
    </Box>
  );
}
