import type { Mail } from '../reminders/mail.ts';
import type { Feedback } from './feedback.ts';

/** The e-mail to FEEDBACK_EMAIL: in German, the operator's language, with a way back to the dashboard. */
export function feedbackMail(to: string, feedback: Feedback, dashboardUrl: string): Mail {
	return {
		to,
		subject: 'Pinnwand: Rückmeldung zur Barrierefreiheit',
		text: [
			'Über die Erklärung zur Barrierefreiheit ist eine Rückmeldung eingegangen.',
			'',
			feedback.message,
			'',
			`Kontakt: ${feedback.contact || '(keine Angabe)'}`,
			`Seite: ${feedback.page || '(keine Angabe)'}`,
			`Eingegangen: ${feedback.createdAt.toISOString()}`,
			'',
			`Alle offenen Rückmeldungen stehen auf der Startseite der Moderation: ${dashboardUrl}`,
			'Bitte antworten Sie zeitnah, spätestens innerhalb eines Monats.'
		].join('\n')
	};
}
