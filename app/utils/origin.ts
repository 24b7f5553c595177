// Where a request came from, as the modules need it: the client's address, for rate
// limits and the audit log. Routes make it with requestOrigin (forms.server.ts).
export type Origin = { clientAddress: string };
