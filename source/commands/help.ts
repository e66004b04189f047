// The help screen. Kept as one literal so it reads exactly as printed; the defaults are
// interpolated from the constants the parser uses, so the two cannot drift apart.

import {
  DEFAULT_BASE_URL,
  DEFAULT_INTERVAL_SECONDS,
  DEFAULT_LIST_LIMIT,
  DEFAULT_SIMULATOR_HOST,
  DEFAULT_TUI_LIMIT,
} from '../options.js';

/** The `--help` text; every line fits in 80 columns. */
export function helpText(): string {
  return `tableflow-runs: watch and triage TableFlow flow runs from the terminal

Usage
  tableflow-runs [options]            interactive UI; prints a list when piped
  tableflow-runs tui [options]        interactive UI, even with TERM=dumb
  tableflow-runs list [options]       print one page of runs and exit
  tableflow-runs simulate [options]   serve a local fake TableFlow API
  tableflow-runs help                 show this help

Options for the UI and list
  --status S       processing, review, completed, failed or all (default all)
  --flow ID        only runs of this flow
  --limit N        runs per page, 1..1000 (default ${DEFAULT_TUI_LIMIT} in the UI, ${DEFAULT_LIST_LIMIT} for list)
  --base-url URL   API origin (default ${DEFAULT_BASE_URL})
  --demo           use a built-in simulator instead of the real API (no key)
UI only
  --interval SEC   seconds between refreshes, 0 = manual (default ${DEFAULT_INTERVAL_SECONDS})
list only
  --offset N       runs to skip (default 0)
  --json           print the API's JSON page instead of a table
simulate only
  --port N         port to listen on, 0 = any free port (default 0)
  --host H         address to bind (default ${DEFAULT_SIMULATOR_HOST})
  --seed N         seed for the generated workspace (default random)
  --key K          key the simulator expects (default generated; not a secret)
General
  -h, --help       show this help
  -v, --version    show the version

Environment
  TABLEFLOW_API_KEY    API key (required unless --demo). Never passed as a
                       flag: command lines are visible to other users (ps).
  TABLEFLOW_BASE_URL   API origin, overridden by --base-url
  NO_COLOR             disable colours

Exit codes
  0  success; simulate also exits 0 when stopped with Ctrl-C or SIGTERM
  1  API or network error (or the simulator could not listen)
  2  invalid usage

Examples
  tableflow-runs --demo                        try the UI without an account
  tableflow-runs --status failed               triage failures live
  tableflow-runs list --status review --json | jq '.flow_runs[].id'
  tableflow-runs list --flow dk4g1tUg1uHLs8YU --limit 20
  tableflow-runs simulate --port 8080 --seed 1
`;
}
