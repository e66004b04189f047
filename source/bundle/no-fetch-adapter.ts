// Bundled in place of axios's fetch adapter (see build.ts): "not supported here", which is
// what axios reports for an environment without fetch. Our client asks for `http` only.

/** axios's adapter lookup: this build has no fetch adapter. */
export const getFetch = (): false => false;

export default false;
