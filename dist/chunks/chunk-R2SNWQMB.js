
// src/state/github-port.ts
var GitHubApiError = class extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
    this.name = "GitHubApiError";
  }
  status;
};

export {
  GitHubApiError
};
