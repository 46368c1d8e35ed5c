/** The GitHub side of modelgate: one octokit from `createGitHubClient`, passed to everything else. */
export { createGitHubClient, parseRepo, type GitHubClient, type GitHubClientOptions, type RepoRef } from './client.js';
export {
  authorship,
  composeStickyBody,
  findStickyComment,
  stickyMarker,
  upsertStickyComment,
  type FindOptions,
  type StickyComment,
  type UpsertOptions,
  type UpsertResult,
} from './comment.js';
export { GitHubApiError, isPermissionError, isRateLimitError, toGitHubError, type GitHubErrorKind } from './errors.js';
export {
  isForkPullRequest,
  pullRequestFromEvent,
  readEventPayload,
  runUrl,
  workflowRunFromEvent,
  type PullRequestInfo,
  type WorkflowRunInfo,
} from './event.js';
export {
  collectOverrides,
  OVERRIDE_ROLES,
  parseOverrideCommands,
  type AcceptedOverride,
  type CollectOverridesOptions,
  type OverrideCommand,
  type OverrideResult,
  type RejectedOverride,
} from './overrides.js';
export { PERMISSIONS, permissionsText, type Mode, type ModePermissions } from './permissions.js';
export {
  defuseMentions,
  makePublishArtifact,
  publish,
  PUBLISH_ARTIFACT_KIND,
  readPublishArtifact,
  validatePublishPayload,
  type PublishOptions,
  type PublishPayload,
  type PublishResult,
  type UntrustedPublishPayload,
} from './publish.js';
export { CHECK_SUMMARY_LIMIT, COMMENT_LIMIT, truncateMarkdown, truncationNote, type TruncateOptions, type Truncated } from './truncate.js';
export {
  CONCLUSIONS,
  reportVerdict,
  STATUS_DESCRIPTION_LIMIT,
  type Conclusion,
  type ReportVerdictOptions,
  type Verdict,
  type VerdictReport,
} from './verdict.js';
export { createDeployment, setDeploymentStatus, type CreateDeploymentOptions, type DeploymentState } from './deployments.js';
export { checkBranch, checkRepoPath, commitToBranch, type CommitToBranchOptions, type CommitToBranchResult, type FileToCommit } from './git-data.js';
export { driftIssueMarker, markedBody, retrainMarker, upsertIssue, upsertPullRequest, type UpsertIssueOptions, type UpsertPullRequestOptions, type Upserted } from './retrain.js';
