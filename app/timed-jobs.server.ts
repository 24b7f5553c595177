// Every area's timed jobs, handed to the job runner (server/index.ts). An area adds a job
// by defining it with defineTimedJob beside its other commands and listing it here.
import { createJobRegistry } from "~/mechanisms/jobs/timed-job";
import { agreementEndJob, agreementStartJob } from "~/modules/twinning/agreement-jobs.server";
import { deleteExpiredSignInRecords } from "~/modules/auth/expired-sign-in-records.server";
import { sweepLibraryFilesJob } from "~/modules/library/attachments.server";
import { translateLibraryRevision } from "~/modules/library/machine-translations.server";
import { translateDescription } from "~/modules/profile/machine-translations.server";
import { allotmentReleaseJob, offerDeadlineJob } from "~/modules/events/waiting-list.server";
import { afterEventJob } from "~/modules/events/after-event.server";
import { answerErasureJob } from "~/modules/events/answer-erasure.server";
import { exchangeEndJob } from "~/modules/twinning/exchanges.server";
import { introductionFollowUpJob } from "~/modules/twinning/introductions.server";

export const timedJobs = createJobRegistry([
  deleteExpiredSignInRecords,
  translateLibraryRevision,
  translateDescription,
  sweepLibraryFilesJob,
  offerDeadlineJob,
  allotmentReleaseJob,
  afterEventJob,
  answerErasureJob,
  introductionFollowUpJob,
  exchangeEndJob,
  agreementStartJob,
  agreementEndJob,
]);
