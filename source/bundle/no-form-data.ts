// Bundled in place of the `form-data` package, which axios loads for multipart request
// bodies and which brings the 137 KB mime-db table with it (evaluated at every start).
// The client only ever sends GET requests without a body (api/request.ts).

/** Multipart bodies are not part of this build; constructing one says so. */
export default function FormData(): never {
  throw new Error('multipart form bodies are not supported by tableflow-runs');
}
