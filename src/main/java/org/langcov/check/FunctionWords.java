package org.langcov.check;

import java.util.Map;
import java.util.Set;

/**
 * The short, frequent words that tell English, French and Spanish apart: the
 * articles, prepositions, conjunctions, pronouns and auxiliaries that make up
 * some forty per cent of any running text in these languages, whatever its
 * subject (the "short words" method of Grefenstette, 1995). Only words that
 * belong to one of the three are listed; words the languages share, such as
 * {@code de}, {@code la}, {@code en}, {@code que}, {@code a} and {@code un},
 * are in {@link #SHARED}: they show running text in a Latin-script language
 * without saying which.
 */
final class FunctionWords {

	static final Map<Language, Set<String>> DISTINCT = Map.of(Language.ENGLISH,
			Set.of("the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "as", "by", "at", "from", "this",
					"which", "be", "are", "was", "were", "it", "an", "or", "its", "their", "has", "have", "had", "not",
					"been", "all", "also", "other", "these", "those", "such", "would", "should", "shall", "will",
					"into", "under", "between", "within", "upon", "must", "can", "more", "than", "who", "whose", "any",
					"each", "they", "them", "there", "we", "our", "may", "well", "both", "through", "during",
					"including", "where", "whether", "being"),
			Language.FRENCH,
			Set.of("le", "les", "des", "du", "et", "est", "une", "pour", "dans", "par", "qui", "sur", "au", "aux", "ce",
					"cette", "ces", "il", "elle", "ils", "elles", "ne", "pas", "leur", "leurs", "sont", "été", "ou",
					"avec", "plus", "sa", "ses", "mais", "comme", "être", "ainsi", "lors", "dont", "notamment", "afin",
					"également", "après", "contre", "vers", "selon", "tout", "tous", "toutes", "autres", "même", "à",
					"où", "très", "sans", "nous", "vous", "aussi", "auprès", "cet", "avoir", "fait", "peut", "doit",
					"ont", "était", "depuis", "chaque"),
			Language.SPANISH,
			Set.of("el", "los", "las", "del", "y", "por", "con", "para", "una", "es", "al", "lo", "como", "más", "sus",
					"su", "sobre", "también", "ha", "han", "sido", "este", "esta", "estos", "estas", "ese", "esa",
					"muy", "sin", "hasta", "desde", "cuando", "donde", "porque", "pero", "otros", "otras", "otro",
					"otra", "así", "mediante", "cada", "ser", "puede", "deben", "debe", "o", "según", "dichos", "dicha",
					"nuestro", "hacia", "había", "están", "está", "todos", "todas"));

	static final Set<String> SHARED = Set.of("de", "la", "en", "que", "a", "un", "se", "no", "entre", "e", "son");

	/**
	 * Letters one of the languages writes and the others never do: French
	 * {@code è ê à ç}, Spanish {@code ñ á í ó ú ¿ ¡}. {@code é} is both French and
	 * Spanish, and English writes none.
	 */
	static final Map<Language, String> DISTINCT_LETTERS = Map.of(Language.FRENCH, "èêàçùûôîœëïâ", Language.SPANISH,
			"ñáíóú¿¡");

	private FunctionWords() {
	}

}
