
// src/core/names.ts
var IDENTIFIER = /^[a-z][a-z0-9_]*$/;
var isIdentifier = (function isIdentifier(name) {
  return IDENTIFIER.test(name);
});
var suggestIdentifier = (function suggestIdentifier(name) {
  const s = name.normalize("NFKD").replace(new RegExp("\\p{M}+", "gu"), "").replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().replace(/[^a-z0-9_]+$/, "").replace(/[^a-z0-9_]+/g, "_").replace(/^[^a-z]+/, "");
  return s || "my_name";
});
var pipelineName = (function pipelineName(project, env, job) {
  return `${project}.${env}.${job}`;
});
var LABEL_KEYS = {
  specHash: "flinkops.spec-hash",
  commit: "flinkops.commit",
  project: "flinkops.project",
  env: "flinkops.env",
  job: "flinkops.job"
};
var oneEdit = (function oneEdit(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
});
var levenshtein = (function levenshtein(a, b, max = Number.POSITIVE_INFINITY) {
  if (a === b) return 0;
  const prev = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      const d = Math.min(tmp + 1, prev[j - 1] + 1, diag + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      prev[j] = d;
      if (d < rowMin) rowMin = d;
      diag = tmp;
    }
    if (rowMin > max) return max + 1;
  }
  return Math.min(prev[b.length], max + 1);
});
var didYouMean = (function didYouMean(name, candidates) {
  return closest(name, candidates, Math.max(2, Math.floor(name.length / 3)), true);
});
var meantSuffix = (function meantSuffix(name, known) {
  const hint = didYouMean(name, known);
  return hint ? `; did you mean '${hint}'?` : "";
});
var closest = (function closest(name, candidates, max, fold = false) {
  const a = fold ? name.toLowerCase() : name;
  let best;
  let bestScore = max + 1;
  for (const c of candidates) {
    const b = fold ? c.toLowerCase() : c;
    if (Math.abs(b.length - a.length) >= bestScore) continue;
    const d = levenshtein(a, b, bestScore - 1);
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  return best;
});

export {
  IDENTIFIER,
  isIdentifier,
  suggestIdentifier,
  pipelineName,
  LABEL_KEYS,
  oneEdit,
  didYouMean,
  meantSuffix,
  closest
};
