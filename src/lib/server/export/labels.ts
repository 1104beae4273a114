import type { ActorWords } from '../../board/history-actor.ts';
import type { ExportLocale } from '../../i18n/export-locales.ts';
import type { ActionStatus, PhaseId } from './report.ts';

export type { ExportLocale };

/**
 * Opens an Arabic label that starts with a German word, so the paragraph still runs right to
 * left (Unicode RIGHT-TO-LEFT MARK; zero width in DejaVu Sans).
 */
const RLM = '\u200f';

/**
 * The words inside exported files. They live on the server (the PDF, CSV, Markdown and ICS are
 * made there), so they are a typed dictionary rather than Paraglide messages; `satisfies` below
 * keeps every language complete. Legal residence terms keep the German word, with a gloss, as
 * the participant screens do: they are what stands on the papers.
 */
export interface ExportLabels {
	report: string;
	municipality: string;
	date: string;
	place: string;
	facilitators: string;
	participants: string;
	institutionsPresent: string;
	otherInstitution: string;
	phasesHeld: string;
	phases: Record<PhaseId, string>;
	priorities: string;
	round: (n: number) => string;
	/** Column heading for a round's number. */
	roundColumn: string;
	roundRules: (budget: number, maxPerTarget: number) => string;
	closedAt: (when: string) => string;
	voters: (n: number) => string;
	rank: string;
	votes: string;
	votesInRound: (n: number) => string;
	topic: string;
	byInstitution: string;
	otherGroup: string;
	noRounds: string;
	clusters: string;
	cardCount: (n: number) => string;
	card: string;
	category: string;
	unsorted: string;
	none: string;
	actionPlan: string;
	action: string;
	owner: string;
	contact: string;
	due: string;
	status: string;
	statuses: Record<ActionStatus, string>;
	notes: string;
	history: string;
	historyActor: ActorWords;
	gaps: string;
	gapsIntro: string;
	gap: string;
	residence: Record<'gestattung' | 'duldung' | 'erlaubnis' | 'anerkannt', string>;
	unclear: (n: number) => string;
	/** A Maßnahme made from a Lücke, in the Lücke's cell. */
	gapAction: (title: string, status: string) => string;
	/** Under a Maßnahme made from a Lücke. */
	fromGap: (thema: string, residence: string) => string;
	page: (page: number, pages: number) => string;
	generated: (when: string) => string;
	calendarName: (title: string) => string;
	/** Over a card's text when its language was not recorded. */
	original: string;
	/** CSV column: the language a card is written in. */
	cardLanguage: string;
	/** CSV column of a card's translations into one language. */
	translationInto: (language: string) => string;
}

export const LABELS = {
	de: {
		report: 'Ergebnisprotokoll',
		municipality: 'Kommune',
		date: 'Datum',
		place: 'Ort',
		facilitators: 'Moderation',
		participants: 'Teilnehmende',
		institutionsPresent: 'Vertretene Institutionen',
		otherInstitution: 'Weitere Institution',
		phasesHeld: 'Durchgeführte Phasen',
		phases: {
			ankommen: 'Ankommen',
			rueckblick: 'Rückblick',
			sammeln: 'Sammeln',
			clustern: 'Clustern',
			punkten: 'Punkten',
			massnahmen: 'Maßnahmen',
			abschluss: 'Abschluss'
		},
		priorities: 'Prioritäten',
		round: (n) => `Runde ${n}`,
		roundColumn: 'Runde',
		roundRules: (budget, max) => `${budget} Punkte je Person, höchstens ${max} je Thema`,
		closedAt: (when) => `abgeschlossen ${when}`,
		voters: (n) => (n === 1 ? '1 Person hat Punkte vergeben' : `${n} Personen haben Punkte vergeben`),
		rank: 'Rang',
		votes: 'Punkte',
		votesInRound: (n) => `Punkte Runde ${n}`,
		topic: 'Thema',
		byInstitution: 'Nach Institution',
		otherGroup: 'Weitere',
		noRounds: 'Es wurde keine Punkterunde abgeschlossen.',
		clusters: 'Themen und Karten',
		cardCount: (n) => (n === 1 ? '1 Karte' : `${n} Karten`),
		card: 'Karte',
		category: 'Kategorie',
		unsorted: 'Karten ohne Thema',
		none: 'Keine.',
		actionPlan: 'Maßnahmenplan',
		action: 'Maßnahme',
		owner: 'Verantwortlich',
		contact: 'Kontakt',
		due: 'Frist',
		status: 'Status',
		statuses: { open: 'offen', in_progress: 'in Arbeit', stuck: 'stockt', done: 'erledigt' },
		notes: 'Notizen',
		history: 'Verlauf',
		historyActor: {
			participant: 'Teilnehmende',
			participantFrom: (institution) => `Teilnehmende (${institution})`,
			kerngruppe: (label) => `Kerngruppe (${label})`,
			owner: (owner) => `Verantwortlich (${owner})`,
			board: 'Pinnwand'
		},
		gaps: 'Angebote und Lücken',
		gapsIntro: 'Für jedes Thema: Angebote, die jungen Menschen mit diesem Aufenthaltsstatus offenstehen. „Lücke“: keines ist sicher offen.',
		gap: 'Lücke',
		residence: { gestattung: 'Aufenthaltsgestattung', duldung: 'Duldung', erlaubnis: 'Aufenthaltserlaubnis', anerkannt: 'anerkannt' },
		unclear: (n) => `${n} unklar`,
		gapAction: (title, status) => `Maßnahme: ${title} (${status})`,
		fromGap: (thema, residence) => `Aus der Lücke: ${thema} – ${residence}`,
		page: (page, pages) => `Seite ${page} von ${pages}`,
		generated: (when) => `Erstellt am ${when}`,
		calendarName: (title) => `Maßnahmen: ${title}`,
		original: 'Original',
		cardLanguage: 'Sprache der Karte',
		translationInto: (language) => `Übersetzung (${language})`
	},
	en: {
		report: 'Workshop report',
		municipality: 'Municipality',
		date: 'Date',
		place: 'Place',
		facilitators: 'Facilitation',
		participants: 'Participants',
		institutionsPresent: 'Institutions present',
		otherInstitution: 'Other institution',
		phasesHeld: 'Phases held',
		phases: {
			ankommen: 'Arrival',
			rueckblick: 'Review',
			sammeln: 'Collect',
			clustern: 'Cluster',
			punkten: 'Dot voting',
			massnahmen: 'Action items',
			abschluss: 'Closing'
		},
		priorities: 'Priorities',
		round: (n) => `Round ${n}`,
		roundColumn: 'Round',
		roundRules: (budget, max) => `${budget} dots per person, at most ${max} per topic`,
		closedAt: (when) => `closed ${when}`,
		voters: (n) => (n === 1 ? '1 person voted' : `${n} people voted`),
		rank: 'Rank',
		votes: 'Dots',
		votesInRound: (n) => `Dots round ${n}`,
		topic: 'Topic',
		byInstitution: 'By institution type',
		otherGroup: 'Other',
		noRounds: 'No voting round was closed.',
		clusters: 'Topics and cards',
		cardCount: (n) => (n === 1 ? '1 card' : `${n} cards`),
		card: 'Card',
		category: 'Category',
		unsorted: 'Cards without a topic',
		none: 'None.',
		actionPlan: 'Action plan',
		action: 'Action item',
		owner: 'Owner',
		contact: 'Contact',
		due: 'Due',
		status: 'Status',
		statuses: { open: 'open', in_progress: 'in progress', stuck: 'stuck', done: 'done' },
		notes: 'Notes',
		history: 'History',
		historyActor: {
			participant: 'Participant',
			participantFrom: (institution) => `Participant (${institution})`,
			kerngruppe: (label) => `Steering group (${label})`,
			owner: (owner) => `Owner (${owner})`,
			board: 'Pinnwand'
		},
		gaps: 'Offers and gaps',
		gapsIntro: 'For each topic: offers open to young people with this residence status. “Gap”: none is surely open.',
		gap: 'Gap',
		residence: { gestattung: 'Aufenthaltsgestattung', duldung: 'Duldung', erlaubnis: 'Aufenthaltserlaubnis', anerkannt: 'recognised' },
		unclear: (n) => `${n} unclear`,
		gapAction: (title, status) => `Action item: ${title} (${status})`,
		fromGap: (thema, residence) => `From the gap: ${thema} – ${residence}`,
		page: (page, pages) => `Page ${page} of ${pages}`,
		generated: (when) => `Generated on ${when}`,
		calendarName: (title) => `Action items: ${title}`,
		original: 'Original',
		cardLanguage: 'Card language',
		translationInto: (language) => `Translation (${language})`
	},
	uk: {
		report: 'Протокол результатів',
		municipality: 'Громада',
		date: 'Дата',
		place: 'Місце',
		facilitators: 'Модерація',
		participants: 'Учасники',
		institutionsPresent: 'Представлені установи',
		otherInstitution: 'Інша установа',
		phasesHeld: 'Проведені фази',
		phases: {
			ankommen: 'Прибуття',
			rueckblick: 'Огляд',
			sammeln: 'Збір',
			clustern: 'Групування',
			punkten: 'Голосування балами',
			massnahmen: 'Заходи',
			abschluss: 'Завершення'
		},
		priorities: 'Пріоритети',
		round: (n) => `Раунд ${n}`,
		roundColumn: 'Раунд',
		// "Label: number" sidesteps the three plural forms of Ukrainian nouns after numbers.
		roundRules: (budget, max) => `Балів на особу: ${budget}; щонайбільше ${max} на одну тему`,
		closedAt: (when) => `завершено ${when}`,
		voters: (n) => `Людей, які дали бали: ${n}`,
		rank: 'Місце',
		votes: 'Бали',
		votesInRound: (n) => `Бали, раунд ${n}`,
		topic: 'Тема',
		byInstitution: 'За установами',
		otherGroup: 'Інші',
		noRounds: 'Жоден раунд голосування не завершено.',
		clusters: 'Теми й картки',
		cardCount: (n) => `Карток: ${n}`,
		card: 'Картка',
		category: 'Категорія',
		unsorted: 'Картки без теми',
		none: 'Немає.',
		actionPlan: 'План заходів',
		action: 'Захід',
		owner: 'Відповідальний',
		contact: 'Контакт',
		due: 'Термін',
		status: 'Статус',
		statuses: { open: 'відкрито', in_progress: 'у роботі', stuck: 'застопорилося', done: 'виконано' },
		notes: 'Нотатки',
		history: 'Історія',
		historyActor: {
			participant: 'Учасник(-ця)',
			participantFrom: (institution) => `Учасник(-ця) (${institution})`,
			kerngruppe: (label) => `Керівна група (${label})`,
			owner: (owner) => `Відповідальний (${owner})`,
			board: 'Pinnwand'
		},
		gaps: 'Пропозиції та прогалини',
		gapsIntro: 'Для кожної теми: пропозиції, відкриті для молоді з цим статусом перебування. «Прогалина»: жодна не відкрита напевно.',
		gap: 'Прогалина',
		residence: {
			gestattung: 'Aufenthaltsgestattung (дозвіл на час процедури притулку)',
			duldung: 'Duldung (відстрочка депортації)',
			erlaubnis: 'Aufenthaltserlaubnis (дозвіл на проживання)',
			anerkannt: 'anerkannt (визнаний біженець)'
		},
		unclear: (n) => `${n} неясно`,
		gapAction: (title, status) => `Захід: ${title} (${status})`,
		fromGap: (thema, residence) => `З прогалини: ${thema} – ${residence}`,
		page: (page, pages) => `Сторінка ${page} з ${pages}`,
		generated: (when) => `Створено ${when}`,
		calendarName: (title) => `Заходи: ${title}`,
		original: 'Оригінал',
		cardLanguage: 'Мова картки',
		translationInto: (language) => `Переклад (${language})`
	},
	tr: {
		report: 'Sonuç tutanağı',
		municipality: 'Belediye',
		date: 'Tarih',
		place: 'Yer',
		facilitators: 'Moderasyon',
		participants: 'Katılımcılar',
		institutionsPresent: 'Temsil edilen kurumlar',
		otherInstitution: 'Başka kurum',
		phasesHeld: 'Yapılan aşamalar',
		phases: {
			ankommen: 'Varış',
			rueckblick: 'Geriye bakış',
			sammeln: 'Toplama',
			clustern: 'Gruplama',
			punkten: 'Puanlama',
			massnahmen: 'Önlemler',
			abschluss: 'Kapanış'
		},
		priorities: 'Öncelikler',
		round: (n) => `${n}. tur`,
		roundColumn: 'Tur',
		roundRules: (budget, max) => `Kişi başına ${budget} puan, konu başına en fazla ${max}`,
		closedAt: (when) => `kapandı: ${when}`,
		voters: (n) => `${n} kişi puan verdi`,
		rank: 'Sıra',
		votes: 'Puan',
		votesInRound: (n) => `${n}. tur puanları`,
		topic: 'Konu',
		byInstitution: 'Kuruma göre',
		otherGroup: 'Diğer',
		noRounds: 'Hiçbir puanlama turu kapanmadı.',
		clusters: 'Konular ve kartlar',
		cardCount: (n) => `${n} kart`,
		card: 'Kart',
		category: 'Kategori',
		unsorted: 'Konusuz kartlar',
		none: 'Yok.',
		actionPlan: 'Önlem planı',
		action: 'Önlem',
		owner: 'Sorumlu',
		contact: 'İrtibat',
		due: 'Son tarih',
		status: 'Durum',
		statuses: { open: 'açık', in_progress: 'devam ediyor', stuck: 'takıldı', done: 'tamamlandı' },
		notes: 'Notlar',
		history: 'Geçmiş',
		historyActor: {
			participant: 'Katılımcı',
			participantFrom: (institution) => `Katılımcı (${institution})`,
			kerngruppe: (label) => `Çekirdek grup (${label})`,
			owner: (owner) => `Sorumlu (${owner})`,
			board: 'Pinnwand'
		},
		gaps: 'Hizmetler ve eksiklikler',
		gapsIntro: 'Her konu için: bu oturum statüsündeki gençlere açık hizmetler. “Eksiklik”: hiçbiri kesin olarak açık değil.',
		gap: 'Eksiklik',
		residence: {
			gestattung: 'Aufenthaltsgestattung (iltica sürecinde oturma izni)',
			duldung: 'Duldung (sınır dışı etmenin ertelenmesi)',
			erlaubnis: 'Aufenthaltserlaubnis (oturma izni)',
			anerkannt: 'anerkannt (tanınmış mülteci)'
		},
		unclear: (n) => `${n} belirsiz`,
		gapAction: (title, status) => `Önlem: ${title} (${status})`,
		fromGap: (thema, residence) => `Eksiklikten: ${thema} – ${residence}`,
		page: (page, pages) => `Sayfa ${page} / ${pages}`,
		generated: (when) => `Oluşturulma: ${when}`,
		calendarName: (title) => `Önlemler: ${title}`,
		original: 'Orijinal',
		cardLanguage: 'Kart dili',
		translationInto: (language) => `Çeviri (${language})`
	},
	ar: {
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
	}
} satisfies Record<ExportLocale, ExportLabels>;

export function labelsFor(locale: ExportLocale): ExportLabels {
	return LABELS[locale];
}
