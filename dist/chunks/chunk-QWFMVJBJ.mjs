import {
  UsageError
} from "./chunk-WRKTZGKJ.mjs";
import {
  mkdirSync,
  writeFileSync
} from "./chunk-KJ77VBUN.mjs";
import {
  dirname,
  join
} from "./chunk-KBTCQ2CM.mjs";

// src/cli/output-file.ts
var writeFailure = (function writeFailure(e, shown, what, example) {
  const code = e?.code;
  switch (code) {
    case "EISDIR":
      return `${shown} is a folder: give the path of a file${example ? `, e.g. ${join(shown, example)}` : ""}`;
    case "ENOENT":
      return `the folder ${dirname(shown)} does not exist: create it first`;
    case "ENOTDIR":
    case "EEXIST":
      return what === "folder" ? `${shown} (or a folder above it) is a file, not a folder` : `a part of ${dirname(shown)} is a file, not a folder`;
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "the disk is full";
    default:
      return e instanceof Error ? e.message : String(e);
  }
});
var writeOutputFile = (function writeOutputFile(option, shown, path, text, example) {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UsageError(`cannot write --${option} ${shown}: ${writeFailure(e, shown, "file", example)}`);
  }
});
var makeOutputFolder = (function makeOutputFolder(option, shown, path) {
  try {
    mkdirSync(path, { recursive: true });
  } catch (e) {
    throw new UsageError(`cannot write to --${option} ${shown}: ${writeFailure(e, shown, "folder")}`);
  }
});

export {
  writeOutputFile,
  makeOutputFolder
};
