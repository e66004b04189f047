import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {foldNewlines, formatSpanCompact, truncate, wrap} from '../../text/format.js';
import {textStyle, useTheme, type Role} from '../theme.js';

// Notices sit indented under the header; text wraps inside this margin on both sides.
const MARGIN = 2;

function Paragraph({
  text,
  width,
  role,
}: {
  readonly text: string;
  readonly width: number;
  readonly role: Role;
}) {
  const theme = useTheme();
  return (
    <>
      {wrap(text, Math.max(1, width - 2 * MARGIN)).map((line, index) => (
        <Text key={index} wrap="truncate" {...textStyle(theme, role)}>
          {`${' '.repeat(MARGIN)}${line}`}
        </Text>
      ))}
    </>
  );
}

/** Props of the empty state. */
export type EmptyStateProps = {
  /** What is empty, e.g. `No runs in review`. */
  readonly message: string;
  /** How to see more, e.g. `press 1 for all runs`; null for none. */
  readonly hint: string | null;
  readonly width: number;
};

/** Says the list is empty, and how to see more. */
export function EmptyState({message, hint, width}: EmptyStateProps) {
  return (
    <Box flexDirection="column" width={width} paddingTop={1}>
      <Paragraph text={message} width={width} role="label" />
      {hint === null ? null : <Paragraph text={hint} width={width} role="muted" />}
    </Box>
  );
}

/** The full explanation of a rejected API key; it names the variable, never the key. */
export function authExplanation(status: number | null): string {
  const code = status === null ? '' : ` (HTTP ${status})`;
  return (
    `TableFlow rejected the API key${code}. Check TABLEFLOW_API_KEY: create or copy a key in ` +
    'TableFlow → Workspace settings → API keys, then press r to retry.'
  );
}

/** Props of the rejected-key notice. */
export type AuthNoticeProps = {
  /** 401 or 403, when the server answered with one. */
  readonly status: number | null;
  readonly width: number;
};

/** Explains a 401/403 and how to fix it; polling has stopped, so it says how to retry. */
export function AuthNotice({status, width}: AuthNoticeProps) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" width={width} paddingTop={1}>
      <Paragraph text={`${theme.symbols.failed} Not authorised`} width={width} role="error" />
      <Paragraph text={authExplanation(status)} width={width} role="plain" />
    </Box>
  );
}

/** Props of the first-load failure screen. */
export type LoadFailureProps = {
  readonly host: string;
  readonly message: string;
  /** Epoch ms of the next automatic attempt; null when none is scheduled. */
  readonly retryAt: number | null;
  readonly now: number;
  readonly width: number;
};

/** No data yet and the first load failed: what went wrong and when it will be tried again. */
export function LoadFailure({host, message, retryAt, now, width}: LoadFailureProps) {
  const theme = useTheme();
  const wait = retryAt === null ? null : retryAt - now;
  const next =
    wait === null
      ? 'Press r to retry.'
      : wait < 1000
        ? 'Retrying now…'
        : `Retrying in ${formatSpanCompact(wait)} (press r to retry now).`;
  return (
    <Box flexDirection="column" width={width} paddingTop={1}>
      <Paragraph
        text={`${theme.symbols.failed} Could not load runs from ${foldNewlines(host)}`}
        width={width}
        role="error"
      />
      <Paragraph text={message} width={width} role="plain" />
      <Paragraph text={next} width={width} role="muted" />
    </Box>
  );
}

/** Props of the first-load screen. */
export type FirstLoadProps = {readonly host: string; readonly width: number};

/** The very first load: a spinner and where the runs are coming from. */
export function FirstLoad({host, width}: FirstLoadProps) {
  const theme = useTheme();
  const room = Math.max(0, width - 2 * MARGIN - 2);
  return (
    <Box width={width} paddingTop={1} paddingLeft={MARGIN}>
      <Text wrap="truncate">
        <Text {...textStyle(theme, 'accent')}>
          <Spinner type="dots" />
        </Text>
        <Text {...textStyle(theme, 'muted')}>
          {` ${truncate(`Loading runs from ${foldNewlines(host)}…`, room, theme.symbols.ellipsis)}`}
        </Text>
      </Text>
    </Box>
  );
}
