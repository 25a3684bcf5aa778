package org.langcov.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The short, frequent words that tell languages apart: the articles, prepositions, conjunctions, pronouns and
 * auxiliaries that make up some forty per cent of any running text, whatever its subject (the "short words" method of
 * Grefenstette, 1995). For the Latin script, only words that belong to one of the {@link LatinLanguage}s are listed
 * under it; words English, French and Spanish share, such as {@code de}, {@code la}, {@code en}, {@code que}, {@code a}
 * and {@code un}, are in {@link #SHARED}: they show running text in a Latin-script language without saying which. The
 * German, Czech and Latin lists leave out every word English, French or Spanish text writes often ({@code in},
 * {@code an}, {@code des}, {@code es}, {@code to}, {@code non}, as in "non-governmental", {@code ad}, as in "ad hoc"),
 * so that they never count for another language in a text of the six.
 * <p>
 * It looks them up too: the languages of a word, and how often a text writes each language's distinct letters.
 */
final class FunctionWords {

	static final Map<LatinLanguage, Set<String>> DISTINCT = Map
			.of(LatinLanguage.ENGLISH,
					Set.of("the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "as", "by", "at", "from",
							"this", "which", "be", "are", "was", "were", "it", "an", "or", "its", "their", "has",
							"have", "had", "not", "been", "all", "also", "other", "these", "those", "such", "would",
							"should", "shall", "will", "into", "under", "between", "within", "upon", "must", "can",
							"more", "than", "who", "whose", "any", "each", "they", "them", "there", "we", "our", "may",
							"well", "both", "through", "during", "including", "where", "whether", "being"),
					LatinLanguage.FRENCH,
					Set.of("le", "les", "des", "du", "et", "est", "une", "pour", "dans", "par", "qui", "sur", "au",
							"aux", "ce", "cette", "ces", "il", "elle", "ils", "elles", "ne", "pas", "leur", "leurs",
							"sont", "été", "ou", "avec", "plus", "sa", "ses", "mais", "comme", "être", "ainsi", "lors",
							"dont", "notamment", "afin", "également", "après", "contre", "vers", "selon", "tout",
							"tous", "toutes", "autres", "même", "à", "où", "très", "sans", "nous", "vous", "aussi",
							"auprès", "cet", "avoir", "fait", "peut", "doit", "ont", "était", "depuis", "chaque"),
					LatinLanguage.SPANISH,
					Set.of("el", "los", "las", "del", "y", "por", "con", "para", "una", "es", "al", "lo", "como", "más",
							"sus", "su", "sobre", "también", "ha", "han", "sido", "este", "esta", "estos", "estas",
							"ese", "esa", "muy", "sin", "hasta", "desde", "cuando", "donde", "porque", "pero", "otros",
							"otras", "otro", "otra", "así", "mediante", "cada", "ser", "puede", "deben", "debe", "o",
							"según", "dichos", "dicha", "nuestro", "hacia", "había", "están", "está", "todos", "todas"),
					LatinLanguage.GERMAN,
					Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem", "ein", "eine",
							"einer", "eines", "einem", "einen", "auf", "für", "sich", "im", "werden", "wird", "auch",
							"als", "bei", "nach", "aus", "oder", "wie", "sind", "über", "durch", "zur", "zum", "vom",
							"dass", "daß", "sowie", "wurde", "wurden", "kann", "können", "muss", "müssen", "soll",
							"sollen", "haben", "sein", "seine", "ihre", "ihr", "wir", "sie", "er", "nur", "noch",
							"unter", "gegen", "ohne", "zwischen", "diese", "dieser", "dieses", "diesem", "diesen",
							"wenn", "weil", "aber", "sehr", "schon", "mehr", "alle", "keine", "kein", "bereits",
							"jedoch", "insbesondere"),
					LatinLanguage.CZECH,
					Set.of("je", "na", "ze", "že", "od", "po", "při", "jako", "jsou", "byl", "byla", "bylo", "byly",
							"být", "není", "také", "ale", "nebo", "podle", "který", "která", "které", "kteří", "jeho",
							"její", "jejich", "tak", "jen", "už", "jak", "před", "bez", "až", "než", "tím", "této",
							"tento", "tato", "toto", "tyto", "těchto", "všech", "své", "svých", "již", "což", "jsme",
							"jste", "jsem", "mezi", "během", "kde", "když", "proto", "však", "tedy", "aby", "kterou",
							"tohoto", "tomto", "ke", "v", "z", "k", "s"),
					LatinLanguage.LATIN,
					Set.of("ut", "sed", "ea", "cum", "nisi", "quis", "enim", "sunt", "sint", "atque", "etiam", "aut",
							"vel", "nec", "neque", "quod", "quae", "quam", "sit", "esse", "ac", "autem", "eget",
							"lorem", "ipsum", "amet", "consectetur", "adipiscing", "elit", "eiusmod", "tempor",
							"incididunt", "labore", "dolore", "aliqua", "aenean", "donec"));

	static final Set<String> SHARED = Set.of("de", "la", "en", "que", "a", "un", "se", "no", "entre", "e", "son");

	/**
	 * Letters one of the languages writes and English, French and Spanish never do: French {@code è ê à ç}, Spanish
	 * {@code ñ á í ó ú ¿ ¡}, German {@code ä ö ß}, Czech {@code ř ě ů č š ž}. {@code é} is both French and Spanish (and
	 * Czech), and English writes none.
	 */
	static final Map<LatinLanguage, String> DISTINCT_LETTERS = Map.of(LatinLanguage.FRENCH, "èêàçùûôîœëïâ",
			LatinLanguage.SPANISH, "ñáíóú¿¡", LatinLanguage.GERMAN, "äöß", LatinLanguage.CZECH, "řěůčšžďťň");

	/**
	 * Russian words frequent in any running text, by which Cyrillic recovered from a font's code page is told from the
	 * gibberish another code page gives.
	 */
	static final Set<String> RUSSIAN = Set.of("и", "в", "не", "на", "что", "с", "по", "к", "о", "из", "для", "от", "за",
			"как", "а", "то", "это", "его", "же", "при", "или", "но", "до", "об", "также", "был", "была", "были",
			"быть", "этого", "этой", "которые", "который", "которая", "их", "она", "он", "они", "мы", "все", "всех",
			"так", "во", "со", "ее", "её", "между", "после", "может", "должны");

	/**
	 * Arabic words frequent in any running text, with {@link #ARABIC_ARTICLES}, for the same purpose.
	 */
	static final Set<String> ARABIC = Set.of("في", "من", "على", "إلى", "الى", "أن", "ان", "عن", "مع", "هذا", "هذه",
			"التي", "الذي", "ما", "لا", "أو", "او", "ثم", "قد", "كان", "بين", "عند", "كل", "غير", "وفي", "ومن", "وعلى",
			"إن", "ذلك", "تلك", "بما", "فيها", "منها", "لم", "لن", "حيث", "أي", "وقد");

	/** The article and its usual prefixed forms, which begin many Arabic words. */
	static final String[] ARABIC_ARTICLES = {"ال", "وال", "بال", "لل", "فال", "كال"};

	/** The languages of each function word: one look-up a word. */
	private static final Map<String, LatinLanguage[]> BY_WORD = byWord();

	/** The range all the distinct letters are in, ¡ to ſ: Latin-1 and Latin Extended-A. */
	private static final char FIRST_LETTER = '\u00A1';

	private static final char LAST_LETTER = '\u017F';

	/** The languages each character from {@link #FIRST_LETTER} to {@link #LAST_LETTER} is a distinct letter of. */
	private static final LatinLanguage[][] LANGUAGES_OF_LETTER = languagesOfLetter();

	private FunctionWords() {
	}

	/**
	 * The languages {@code lower}, a word in lower case, is a function word of: none for the shared ones; {@code null}
	 * when it is not a function word.
	 */
	static LatinLanguage[] languagesOf(String lower) {
		return BY_WORD.get(lower);
	}

	/**
	 * How often each Latin-script language's distinct letters occur in {@code text}'s characters, either case: one
	 * pass, a look-up a character.
	 */
	static double[] distinctLetters(char[] text) {
		double[] letters = new double[LatinLanguage.values().length];
		for (char c : text) {
			// the distinct letters are all in the table's range, but a letter past it may lower into it (ẞ to ß)
			if (c >= FIRST_LETTER) {
				char lower = Character.toLowerCase(c);
				if (lower >= FIRST_LETTER && lower <= LAST_LETTER) {
					for (LatinLanguage language : LANGUAGES_OF_LETTER[lower - FIRST_LETTER]) {
						letters[language.ordinal()]++;
					}
				}
			}
		}
		return letters;
	}

	/**
	 * Each function word, with the languages it tells (none for the shared ones): one look-up a word.
	 */
	private static Map<String, LatinLanguage[]> byWord() {
		Map<String, LatinLanguage[]> words = new HashMap<>();
		FunctionWords.SHARED.forEach((word) -> words.put(word, new LatinLanguage[0]));
		for (LatinLanguage language : LatinLanguage.values()) {
			for (String word : FunctionWords.DISTINCT.getOrDefault(language, Set.of())) {
				LatinLanguage[] before = words.getOrDefault(word, new LatinLanguage[0]);
				LatinLanguage[] after = Arrays.copyOf(before, before.length + 1);
				after[before.length] = language;
				words.put(word, after);
			}
		}
		return words;
	}

	/**
	 * The table of {@link #LANGUAGES_OF_LETTER}, from {@link #DISTINCT_LETTERS}, which must all be in its range.
	 */
	private static LatinLanguage[][] languagesOfLetter() {
		List<List<LatinLanguage>> lists = new ArrayList<>();
		for (char c = FIRST_LETTER; c <= LAST_LETTER; c++) {
			lists.add(new ArrayList<>());
		}
		DISTINCT_LETTERS.forEach((language, letters) -> {
			for (char letter : letters.toCharArray()) {
				if (letter < FIRST_LETTER || letter > LAST_LETTER) {
					throw new IllegalStateException("a distinct letter past the table: " + letter);
				}
				lists.get(letter - FIRST_LETTER).add(language);
			}
		});
		LatinLanguage[][] languages = new LatinLanguage[lists.size()][];
		for (int i = 0; i < languages.length; i++) {
			languages[i] = lists.get(i).toArray(new LatinLanguage[0]);
		}
		return languages;
	}

}
