
// src/state/github-port.ts
var GitHubApiError = class extends Error {
  constructor(status, message, rateLimited = false) {
    super(message);
    this.status = status;
    this.rateLimited = rateLimited;
    this.name = "GitHubApiError";
  }
  status;
  rateLimited;
};

export {
  GitHubApiError
};
