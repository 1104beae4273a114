import type { ExportLabels } from '../labels.ts';

/**
 * Opens an Arabic label that starts with a German word, so the paragraph still runs right to
 * left (Unicode RIGHT-TO-LEFT MARK; zero width in DejaVu Sans).
 */
const RLM = '\u200f';

/** The words of an export in Arabic. */
export const ar = {
	report: 'محضر النتائج',
	municipality: 'البلدية',
	date: 'التاريخ',
	place: 'المكان',
	facilitators: 'التيسير',
	participants: 'المشاركون',
	institutionsPresent: 'المؤسسات الممثلة',
	otherInstitution: 'مؤسسة أخرى',
	phasesHeld: 'المراحل المنفذة',
	phases: {
		ankommen: 'الوصول',
		rueckblick: 'مراجعة',
		sammeln: 'جمع',
		clustern: 'تجميع',
		punkten: 'توزيع النقاط',
		massnahmen: 'الإجراءات',
		abschluss: 'الختام'
	},
	priorities: 'الأولويات',
	round: (n) => `الجولة ${n}`,
	roundColumn: 'الجولة',
	// "Label: number" sidesteps the agreement of Arabic nouns with the number before them.
	roundRules: (budget, max) => `عدد النقاط لكل شخص: ${budget}، وبحد أقصى ${max} لكل موضوع`,
	closedAt: (when) => `انتهت في ${when}`,
	voters: (n) => `عدد الأشخاص الذين وزّعوا نقاطًا: ${n}`,
	rank: 'المركز',
	votes: 'النقاط',
	votesInRound: (n) => `النقاط في الجولة ${n}`,
	topic: 'الموضوع',
	byInstitution: 'حسب المؤسسة',
	otherGroup: 'أخرى',
	noRounds: 'لم تُختتم أي جولة لتوزيع النقاط.',
	clusters: 'المواضيع والبطاقات',
	cardCount: (n) => `عدد البطاقات: ${n}`,
	card: 'البطاقة',
	category: 'الفئة',
	unsorted: 'بطاقات بدون موضوع',
	none: 'لا يوجد.',
	actionPlan: 'خطة الإجراءات',
	action: 'الإجراء',
	owner: 'المسؤول',
	contact: 'جهة التواصل',
	due: 'الموعد النهائي',
	status: 'الحالة',
	statuses: { open: 'مفتوح', in_progress: 'قيد التنفيذ', stuck: 'متعثر', done: 'منجز' },
	notes: 'ملاحظات',
	history: 'السجل',
	historyActor: {
		participant: 'مشارك(ة)',
		participantFrom: (institution) => `مشارك(ة) (${institution})`,
		kerngruppe: (label) => `المجموعة الأساسية (${label})`,
		owner: (owner) => `المسؤول (${owner})`,
		board: 'Pinnwand'
	},
	gaps: 'العروض والفجوات',
	gapsIntro: 'لكل موضوع: العروض المتاحة للشباب بوضع الإقامة هذا. «فجوة»: لا يوجد عرض متاح بشكل مؤكد.',
	gap: 'فجوة',
	residence: {
		gestattung: `${RLM}Aufenthaltsgestattung (إذن إقامة أثناء اللجوء)`,
		duldung: `${RLM}Duldung (تعليق الترحيل)`,
		erlaubnis: `${RLM}Aufenthaltserlaubnis (تصريح إقامة)`,
		anerkannt: `${RLM}anerkannt (لاجئ معترف به)`
	},
	unclear: (n) => `${n} غير واضح`,
	gapAction: (title, status) => `إجراء: ${title} (${status})`,
	fromGap: (thema, residence) => `من الفجوة: ${thema} – ${residence}`,
	page: (page, pages) => `الصفحة ${page} من ${pages}`,
	generated: (when) => `أُنشئ في ${when}`,
	calendarName: (title) => `الإجراءات: ${title}`,
	original: 'النص الأصلي',
	cardLanguage: 'لغة البطاقة',
	translationInto: (language) => `الترجمة (${language})`
} satisfies ExportLabels;
