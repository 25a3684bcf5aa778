package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;

/**
 * What a person writes in a job file as they would write it anywhere else: dates and languages as the register takes
 * them, and YAML's own traps explained in words that say what to do.
 */
class JobFileMessagesTests {

	private static final String VALID = """
			session: CND57
			register: ../input/registers/cnd57.xlsx
			documents: ../input/documents/cnd57
			output: ../output/cnd57
			""";

	@TempDir
	Path dir;

	Path file;

	@BeforeEach
	void layout() throws IOException {
		this.file = Files.createDirectories(this.dir.resolve("jobs")).resolve("cnd57.yml");
		Files.createDirectories(this.dir.resolve("input/documents/cnd57"));
		Files.createDirectories(this.dir.resolve("input/registers"));
		Files.writeString(this.dir.resolve("input/registers/cnd57.xlsx"), "x");
	}

	@Test
	void anUnquotedColonInAValueSaysToQuoteItNamingTheLineAndKey() {
		// given a title with a colon, as titles often have
		String yaml = VALID + "title: Commission on Narcotic Drugs: fifty-seventh session\n";

		// when it is read, then
		assertThat(refused(yaml)).isEqualTo(this.file + ", line 5: key 'title': the value has a colon and a space in"
				+ " it, which YAML reads as another key; put the value in quotes:"
				+ " title: \"Commission on Narcotic Drugs: fifty-seventh session\"");
	}

	@Test
	void anUnquotedGlobStartingWithAStarSaysToQuoteIt() {
		// given a rule whose glob is not in quotes
		String yaml = VALID + "expect:\n  - symbols: */CRP.*\n    languages: E\n";

		// when it is read, then
		assertThat(refused(yaml)).isEqualTo(this.file + ", line 6: key 'symbols': a value starting with '*' is read"
				+ " by YAML as an alias; put the value in quotes: symbols: \"*/CRP.*\"");
	}

	@Test
	void expectLanguagesMayBeNamesAsInTheRegister() throws IOException {
		// given rules naming languages as the register's Languages column does
		String yaml = VALID + """
				languages: English, French
				expect:
				  - symbols: "*/CRP.*"
				    languages: English
				  - symbols: "*/L.*"
				    languages: en, fr, es
				""";

		// when it is read
		JobFile job = read(yaml);

		// then
		assertThat(job.languages()).containsExactly(Language.ENGLISH, Language.FRENCH);
		assertThat(job.expect().get(0).languages()).containsExactly(Language.ENGLISH);
		assertThat(job.expect().get(1).languages()).containsExactly(Language.ENGLISH, Language.FRENCH,
				Language.SPANISH);
	}

	@Test
	void languagesThatNameNoLanguageSayHowToWriteThem() {
		assertThat(refused(VALID + "expect:\n  - symbols: \"*/CRP.*\"\n    languages: Engish\n"))
				.isEqualTo(this.file + ": key 'expect[1].languages': 'Engish' names no languages: write letters"
						+ " (ACEFRS, E/F), ISO codes (en, fr) or names (English, French)");
	}

	@Test
	void opensTakesEveryDateFormTheRegisterTakes() throws IOException {
		LocalDate june2 = LocalDate.of(2025, 6, 2);
		assertThat(read(VALID + "opens: 2 June 2025\n").opens()).isEqualTo(june2);
		assertThat(read(VALID + "opens: June 2, 2025\n").opens()).isEqualTo(june2);
		assertThat(read(VALID + "opens: 2 Jun. 2025\n").opens()).isEqualTo(june2);
		assertThat(read(VALID + "opens: 02.06.2025\n").opens()).isEqualTo(june2);
		assertThat(read(VALID + "opens: 02/06/2025\n").opens()).isEqualTo(june2);
		assertThat(read(VALID + "date-order: MDY\nopens: 06/02/2025\n").opens()).isEqualTo(june2);
		assertThat(read(VALID + "opens: 2025-06-02\n").opens()).isEqualTo(june2);
	}

	@Test
	void anOpeningThatIsNoDateShowsTheFormsTaken() {
		assertThat(refused(VALID + "opens: 2 Juin\n")).isEqualTo(
				this.file + ": key 'opens': '2 Juin' is not a date such as 2014-03-13, 13 March 2014 or 13/03/2014");
	}

	private JobFile read(String yaml) throws IOException {
		Files.writeString(this.file, yaml);
		return new JobFileReader().read(this.file);
	}

	private String refused(String yaml) {
		try {
			read(yaml);
		} catch (JobFileException ex) {
			return String.join("\n", ex.problems());
		} catch (IOException ex) {
			throw new AssertionError(ex);
		}
		throw new AssertionError("the job file was taken");
	}

}
