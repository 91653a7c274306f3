
// action/annotations.ts
var annotationOf = (function annotationOf(d, workingDirectory) {
  const level = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "notice";
  const props = { title: `${d.code} ${d.summary}` };
  const r = d.range;
  if (r) {
    props.file = repoPath(workingDirectory, r.file);
    props.startLine = r.start.line;
    props.endLine = Math.max(r.end.line, r.start.line);
    if (props.endLine === props.startLine) {
      props.startColumn = r.start.column;
      props.endColumn = Math.max(r.end.column, r.start.column);
    }
  }
  return { level, message: d.detail ? `${d.summary}
${d.detail}` : d.summary, props };
});
var repoPath = (function repoPath(workingDirectory, file) {
  const f = file.replace(/\\/g, "/").replace(/^\.\//, "");
  const wd = workingDirectory.replace(/\\/g, "/").replace(/^\.\/?/, "").replace(/\/$/, "");
  return wd === "" || wd === "." ? f : `${wd}/${f}`;
});

export {
  annotationOf,
  repoPath
};
