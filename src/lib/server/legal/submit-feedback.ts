import type { AppContext } from '../context.ts';
import { smtpMailer } from '../reminders/mail.ts';
import { storeFeedback, type FeedbackInput } from './feedback.ts';
import { feedbackMail } from './feedback-mail.ts';

type Context = Pick<AppContext, 'db' | 'config' | 'limits' | 'log'>;

export type Submitted = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * Stores feedback from anyone, at most a few per address and hour, and e-mails it to
 * FEEDBACK_EMAIL when SMTP is set up. The mail is a notice only: the dashboard has the feedback
 * either way, so a refused mail is logged and the sender still hears that it arrived.
 */
export async function submitFeedback(context: Context, input: FeedbackInput, address: string, dashboardUrl: string): Promise<Submitted> {
	const limiter = context.limits.feedbackByAddress;
	const retryAfterMs = limiter.retryAfter(address);
	if (retryAfterMs > 0) return { ok: false, retryAfterMs };
	limiter.recordFailure(address);
	const feedback = storeFeedback(context.db, input);
	const { smtpUrl, smtpFrom, feedbackEmail } = context.config;
	if (smtpUrl && feedbackEmail) {
		// One transport per message: feedback is rare, and the reminders' transport belongs to their job.
		const mailer = smtpMailer(smtpUrl, smtpFrom);
		try {
			await mailer.send(feedbackMail(feedbackEmail, feedback, dashboardUrl));
		} catch (error) {
			context.log.warn(`Accessibility feedback stored, but the e-mail to FEEDBACK_EMAIL failed: ${error instanceof Error ? error.message : String(error)}`);
		} finally {
			mailer.close();
		}
	}
	return { ok: true };
}
