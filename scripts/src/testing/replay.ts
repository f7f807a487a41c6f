// Public surface of the replay helpers: recorded vendor answers played through a real client.
export {
  type MatchedOperation,
  type OperationTable,
  operationForPath,
  samplePath,
} from "./operation-for-path.js";
export { parseRawHttpAnswer, readRawHttpAnswers } from "./raw-http-answers.js";
export {
  mediaTypeOf,
  type RecordedAnswer,
  type RecordedRequest,
  recordedResponse,
  replayFetch,
} from "./recorded-answer.js";
export { findRecordedDir, recordedDirOrWarn } from "./recorded-dir.js";
export {
  type ClientResult,
  type ReplayOutcome,
  replayThroughClient,
  unexplainedProblems,
} from "./replay-through-client.js";
export { parseCassette, readCassettes } from "./vcr-cassettes.js";
