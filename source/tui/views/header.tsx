import {memo} from 'react';
import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {KNOWN_STATUSES, type KnownStatus} from '../../domain/run.js';
import {
  displayWidth,
  foldNewlines,
  formatAgo,
  formatCount,
  formatSpanCompact,
  truncate,
} from '../../text/format.js';
import {tabLabels} from '../../explorer/tabs.js';
import {textStyle, useTheme} from '../theme.js';

/** The last refresh failed: what went wrong and when the next attempt is due. */
export type HeaderError = {
  readonly message: string;
  /** Epoch ms of the next automatic retry; null when none is scheduled. */
  readonly retryAt: number | null;
};

/** Props of the header. */
export type HeaderProps = {
  /** The API host (never the key). */
  readonly host: string;
  /** The status filter; null means all runs. */
  readonly status: KnownStatus | null;
  /** The flow filter's name, when one is set. */
  readonly flowName: string | null;
  /** A request is in flight. */
  readonly loading: boolean;
  readonly paused: boolean;
  /** Epoch ms the shown data was fetched; null before the first success. */
  readonly updatedAt: number | null;
  readonly error: HeaderError | null;
  readonly now: number;
  readonly width: number;
  /** How often the list refreshes, e.g. `every 5s` or `manual`. */
  readonly interval?: string;
  /** Auto-refresh is on and working: "live" replaces the age. */
  readonly live?: boolean;
  /** Needs-attention counts, shown at the right of the tabs. */
  readonly attention?: Attention;
  /** A kept search, named after the flow filter. */
  readonly search?: string | null;
  /** The page's order in words when it is not the API's (`longest first`). */
  readonly sort?: string | null;
  /** Runs that arrived above an anchored page, with the key to the top (`3 newer runs ([ top)`). */
  readonly newer?: string | null;
  /** Tabs in place of the status filters (the health view's windows), and the active one. */
  readonly tabs?: {readonly labels: readonly string[]; readonly active: number};
};

/** Runs in review and failed runs (null until counted), and changes the user has not seen. */
export type Attention = {
  readonly review: number | null;
  readonly failed: number | null;
  readonly unseen: number;
};

/** The attention text, long (`◆ 3 in review`) or short (`◆3`); empty when there is none. */
export function attentionText(
  attention: Attention,
  symbols: {readonly review: string; readonly failed: string; readonly changed: string},
  form: 'long' | 'short',
): string {
  const {review, failed, unseen} = attention;
  const long = form === 'long';
  return [
    review === null
      ? ''
      : `${symbols.review}${long ? ' ' : ''}${formatCount(review)}${long ? ' in review' : ''}`,
    failed === null
      ? ''
      : `${symbols.failed}${long ? ' ' : ''}${formatCount(failed)}${long ? ' failed' : ''}`,
    unseen === 0
      ? ''
      : `${symbols.changed}${long ? ' ' : ''}${formatCount(unseen)}${long ? ' changed since you looked' : ' changed'}`,
  ]
    .filter((part) => part !== '')
    .join(long ? '  ' : ' ');
}

const TITLE = 'TableFlow runs';
const TABS: readonly (KnownStatus | null)[] = [null, ...KNOWN_STATUSES];
// Below this width a failed refresh takes two lines instead of one.
const ROOMY = 80;
// The words around the refresh state fit down to here; the error needs more (ROOMY).
const WORDY = 56;

function refreshText(props: HeaderProps, roomy: boolean): string {
  if (props.loading) return roomy ? ' refreshing' : '';
  const every = props.interval === undefined || !roomy ? '' : ` ${props.interval}`;
  if (props.updatedAt === null) return every.trimStart();
  // A ticking "updated 1s ago" would repaint the header every second to say the same.
  if (props.live === true) return roomy ? `live${every === '' ? '' : ` ·${every}`}` : 'live';
  const ago = formatAgo(props.now - props.updatedAt);
  return roomy ? `updated ${ago}${every === '' ? '' : ` ·${every}`}` : ago;
}

function retryText(error: HeaderError, now: number): string {
  if (error.retryAt === null) return 'press r to retry';
  const wait = error.retryAt - now;
  return wait < 1000 ? 'retrying now' : `retrying in ${formatSpanCompact(wait)}`;
}

/** Title, host, status tabs, flow filter and refresh state; a third line when the last refresh failed. */
export const Header = memo(function Header(props: HeaderProps) {
  const theme = useTheme();
  const {width, paused, loading, error} = props;
  const {separator, failed} = theme.symbols;
  const roomy = width >= ROOMY;

  const badge = paused ? ' PAUSED ' : '';
  const refresh = refreshText(props, width >= WORDY);
  const rightWidth =
    displayWidth(badge) +
    (badge && (loading || refresh) ? 1 : 0) +
    (loading ? 1 : 0) +
    displayWidth(refresh);
  const leftRoom = Math.max(0, width - rightWidth - (rightWidth > 0 ? 1 : 0));
  const title = truncate(TITLE, leftRoom, theme.symbols.ellipsis);
  const hostRoom = leftRoom - displayWidth(title) - 3;
  const host =
    hostRoom > 0 ? truncate(foldNewlines(props.host), hostRoom, theme.symbols.ellipsis) : '';
  const left = host ? displayWidth(title) + 3 + displayWidth(host) : displayWidth(title);
  const gap = ' '.repeat(Math.max(0, width - left - rightWidth));

  const labels = props.tabs?.labels ?? tabLabels(width);
  const activeTab = props.tabs?.active ?? TABS.indexOf(props.status);
  const tabsWidth = labels.reduce((sum, label) => sum + label.length + 2, 0);
  const filters = [
    props.newer ?? '',
    props.flowName === null ? '' : `flow: ${foldNewlines(props.flowName)}`,
    props.search === undefined || props.search === null ? '' : `/${foldNewlines(props.search)}`,
    props.sort === undefined || props.sort === null ? '' : `page sort: ${props.sort}`,
  ].filter((part) => part !== '');
  const filterText = filters.join('  ');
  const filterWidth = filterText === '' ? 0 : displayWidth(filterText) + 2;
  // The filters keep their full text when they can; the counts shrink first, then vanish.
  const room = width - tabsWidth - 2;
  const forms =
    props.attention === undefined
      ? []
      : (['long', 'short'] as const).map((form) =>
          attentionText(props.attention as Attention, theme.symbols, form),
        );
  const attention =
    forms.find((text) => displayWidth(text) <= room - filterWidth) ??
    [forms[1] ?? ''].find((text) => displayWidth(text) <= room - Math.min(filterWidth, 12)) ??
    '';
  const flowRoom = width - tabsWidth - 2 - (attention === '' ? 0 : displayWidth(attention) + 2);
  const flow =
    filterText !== '' && flowRoom > 6 ? truncate(filterText, flowRoom, theme.symbols.ellipsis) : '';
  const attentionGap = ' '.repeat(
    Math.max(1, width - tabsWidth - (flow ? 2 + displayWidth(flow) : 0) - displayWidth(attention)),
  );

  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate">
        <Text {...textStyle(theme, 'accent')}>{title}</Text>
        {host ? <Text {...textStyle(theme, 'muted')}>{` ${separator} ${host}`}</Text> : null}
        {gap}
        {badge ? <Text {...textStyle(theme, 'badge')}>{badge}</Text> : null}
        {badge && (loading || refresh) ? ' ' : ''}
        {loading ? <Spinner type="dots" /> : null}
        <Text {...textStyle(theme, 'muted')}>{refresh}</Text>
      </Text>
      <Text wrap="truncate">
        {labels.map((label, index) => {
          const active = index === activeTab;
          return active ? (
            <Text key={label} {...textStyle(theme, 'badge')}>{`[${label}]`}</Text>
          ) : (
            <Text key={label} {...textStyle(theme, 'muted')}>{` ${label} `}</Text>
          );
        })}
        {flow ? <Text {...textStyle(theme, 'accent')}>{`  ${flow}`}</Text> : null}
        {attention ? (
          <Text {...textStyle(theme, (props.attention?.failed ?? 0) > 0 ? 'warning' : 'muted')}>
            {attentionGap + attention}
          </Text>
        ) : null}
      </Text>
      {error
        ? errorLines(
            error,
            props.updatedAt,
            props.now,
            width,
            roomy,
            `${failed} `,
            separator,
            theme.symbols.ellipsis,
          ).map(([message, tail], index) => (
            <Text key={index} wrap="truncate">
              <Text {...textStyle(theme, 'error')}>{message}</Text>
              <Text {...textStyle(theme, 'warning')}>{tail}</Text>
            </Text>
          ))
        : null}
    </Box>
  );
});

// Wide panes say it all on one line; narrow ones give the message a line of its own so it
// is not cut down to nothing by the age and retry time.
function errorLines(
  error: HeaderError,
  updatedAt: number | null,
  now: number,
  width: number,
  roomy: boolean,
  mark: string,
  separator: string,
  ellipsis: string,
): readonly (readonly [string, string])[] {
  const age =
    updatedAt === null ? 'no data yet' : `showing data from ${formatAgo(now - updatedAt)}`;
  const status = `${age} ${separator} ${retryText(error, now)}`;
  const text = foldNewlines(error.message);
  if (!roomy) {
    return [
      [truncate(`${mark}${text}`, width, ellipsis), ''],
      ['', truncate(status, width, ellipsis)],
    ];
  }
  const tail = ` ${separator} ${status}`;
  const message = truncate(
    text,
    Math.max(1, width - displayWidth(mark) - displayWidth(tail)),
    ellipsis,
  );
  return [
    [
      `${mark}${message}`,
      truncate(tail, Math.max(0, width - displayWidth(mark) - displayWidth(message)), ellipsis),
    ],
  ];
}
