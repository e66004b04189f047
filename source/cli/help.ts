// The help screen. Kept as one literal so it reads exactly as printed; the defaults are
// interpolated from the constants the parser uses, so the two cannot drift apart.

import {DEFAULT_BASE_URL} from './connection.js';
import {
  DEFAULT_INTERVAL_SECONDS,
  DEFAULT_LIST_LIMIT,
  DEFAULT_MAX_AGE_SECONDS,
  DEFAULT_MAX_RUNS,
  DEFAULT_SIMULATOR_HOST,
  DEFAULT_TUI_LIMIT,
} from './commands.js';
import {COLUMN_NAMES, DEFAULT_COLUMNS} from '../commands/list/fields.js';
import {FAULT_MODES} from '../simulator/faults/fault-modes.js';
import {DEFAULT_HEALTH_WINDOW, MAX_WINDOW_HOURS} from '../domain/health-window.js';

// The fault modes, comma-separated, wrapped under the option's description.
function faultModeLines(): string {
  const lines: string[] = [];
  let line = '';
  for (const [index, mode] of FAULT_MODES.entries()) {
    const item = index < FAULT_MODES.length - 1 ? `${mode},` : mode;
    if (line !== '' && line.length + 1 + item.length > 60) {
      lines.push(line);
      line = item;
    } else line = line === '' ? item : `${line} ${item}`;
  }
  lines.push(line);
  return lines.map((text) => `                   ${text}`).join('\n');
}

/** The `--help` text; every line fits in 80 columns. */
export function helpText(): string {
  return `tableflow-runs: watch and triage TableFlow flow runs from the terminal

Usage
  tableflow-runs [options]            interactive UI; prints a list when piped
  tableflow-runs tui [options]        interactive UI, even with TERM=dumb
  tableflow-runs list [options]       print runs and exit
  tableflow-runs show RUN_ID          print one run: detail and timeline
  tableflow-runs watch [RUN_ID]       print status transitions as they happen
  tableflow-runs status-line          one line of counts for tmux status-right
  tableflow-runs stats [options]      flow health figures over a window
  tableflow-runs simulate [options]   serve a local fake TableFlow API
  tableflow-runs help                 show this help

Options for every command that talks to TableFlow
  --profile NAME   profile from the config file (or TABLEFLOW_PROFILE)
  --base-url URL   API origin (default ${DEFAULT_BASE_URL})
  --demo           use a built-in simulator instead of the real API (no key)
  --ascii          ASCII symbols only (automatic when the locale is not UTF-8)
  --debug FILE     append one line per request to FILE (time, method, path,
                   status, ms, error kind; the key redacted; mode 0600)
  --insecure-http  allow a plain http:// base URL on another host (the key
                   then travels unencrypted; loopback never needs this)
UI, list and watch
  --status S       processing, review, completed, failed or all (default all)
  --flow ID        only runs of this flow (all: every flow)
  --limit N        runs per page, 1..1000 (default ${DEFAULT_TUI_LIMIT} in the UI, ${DEFAULT_LIST_LIMIT} for list)
  --interval SEC   seconds between refreshes (default ${DEFAULT_INTERVAL_SECONDS}); UI: 0 = manual
UI
  --bell[=review]  ring the bell when runs fail (review: also entering review)
  --notify         also a desktop notification (OSC 9) for those runs
  --stuck-after D  flag runs processing over D: 90s, 15m, 2h (default 15m)
  --utc            absolute times (key t) in UTC instead of the local zone
  --no-links       no OSC 8 hyperlinks on Drive files (URLs are still shown)
  --view V         open on the run list or the health view: list, health
  --no-mouse       no mouse (wheel, clicks): the terminal selects text as usual
list
  --offset N       runs to skip (default 0)
  -o, --output F   table, json, ndjson or csv (default table)
  --json           same as --output json
  --all            every page, following next_offset (page size 1000)
  --max N          with --all, stop after N runs (default ${DEFAULT_MAX_RUNS.toLocaleString('en-US')})
  --columns LIST   for table and csv, comma-separated, from:
                   ${COLUMN_NAMES.slice(0, 7).join(',')},
                   ${COLUMN_NAMES.slice(7).join(',')}
                   (default ${DEFAULT_COLUMNS.join(',')})
show and watch
  --json           show: the API's object; watch: one JSON object per line
watch RUN_ID follows one run and exits when it settles (see exit codes).
status-line
  --format T       template with {processing} {review} {failed} {host}
                   {profile} (default: TF ●{processing} ◆{review} ✖{failed})
  --tmux           colour non-zero counts with tmux #[fg=...] codes
  --max-age SEC    reuse the cached counts this long (default ${DEFAULT_MAX_AGE_SECONDS}, 0 = ask)
stats
  --window W       runs created in the last W: whole hours or days, 1h to
                   ${MAX_WINDOW_HOURS / 24}d (default ${DEFAULT_HEALTH_WINDOW})
  --flow ID        one flow only
  --json           {"window", "truncated", "total", "flows"}: counts, failure
                   rate, p50/p95 duration (ms) and runs per hour (readme)
simulate
  --port N         port to listen on, 0 = any free port (default 0)
  --host H         address to bind (default ${DEFAULT_SIMULATOR_HOST})
  --seed N         seed for the generated workspace (default random)
  --key K          key the simulator expects (default generated; not a secret)
  --fault MODE     start failing every API request in MODE, until cleared
                   with POST /__sim/fault {"mode":"none"}; MODE is one of
${faultModeLines()}
  --faults         cycle through every mode, healthy periods between
  --fault-seconds N  length of each --faults period (default 10)
General
  -h, --help       show this help
  -v, --version    show the version

Environment
  TABLEFLOW_API_KEY    API key; wins over the profile's. Never a flag:
                       command lines are visible to other users (ps).
  TABLEFLOW_BASE_URL   API origin, overridden by --base-url
  TABLEFLOW_PROFILE    profile to use, overridden by --profile
  NO_COLOR             no colour; FORCE_COLOR colours piped output
  LC_ALL, LC_CTYPE, LANG   not UTF-8 (or unset): ASCII symbols
Config: $XDG_CONFIG_HOME/tableflow-runs/config.json (~/.config/...).
Precedence: flags, then environment, then profile, then defaults.

Exit codes
  0  success; simulate, stopped with Ctrl-C or SIGTERM; watch RUN_ID: completed
  1  API or network error (list, show, status-line: counts stale or unknown);
     list --all cut short (the runs fetched are still printed);
     watch RUN_ID: the run failed
  2  invalid usage or configuration; watch: an API error that waiting cannot
     fix (auth, not found); transient errors are retried with backoff
  3  watch RUN_ID: the run is in review, waiting for a person
  130, 143  watch stopped by Ctrl-C or SIGTERM (the UI: by SIGINT or SIGTERM)
  131  any command ended by SIGQUIT (like SIGTERM, never a core dump)
  129  the UI: SIGHUP, or the terminal went away (the process ends by SIGHUP)

Examples
  tableflow-runs --demo                        try the UI without an account
  tableflow-runs --status failed               triage failures live
  tableflow-runs list --status review --json | jq '.flow_runs[].id'
  tableflow-runs list --all -o csv --columns id,status,flow,started > runs.csv
  tableflow-runs watch --status failed --json  feed failures to a notifier
  tableflow-runs watch "$RUN_ID" && ./deploy   deploy once the run completes
  set -g status-right '#(tableflow-runs status-line --tmux)'
  tableflow-runs stats --window 7d --json | jq '.flows[0]'  worst flow, 7 days
  tableflow-runs simulate --port 8080 --seed 1
`;
}
