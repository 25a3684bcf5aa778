package org.langcov.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.langcov.fixtures.Workbooks.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;

/**
 * A register laid out like the seed's CND57 document table, read and interpreted as the job does.
 */
class RegisterWorkbookTests {

	@TempDir
	Path dir;

	@Test
	void theSeedsJointSymbolsBecomeOneDocumentEach() throws IOException {
		Path file = workbook().row(1, "Commission on Narcotic Drugs - Fifty-seventh session")
				.row(3, "Document Symbol", "Title or description", "A", "C", "E", "F", "R", "S")
				.row(4, "UNODC/ED/2014/1", "Contribution of the Executive Director")
				.row(5, "E/CN.7/2014/1", "Annotated provisional agenda\u00A0")
				.row(6, "E/CN.7/2014/1/Corr.1", "Annotated provisional agenda", "-", null, null, null, "n/a")
				.row(7, "E/CN.7/2014/2 - E/CN.15/2014/2", "Report of the Executive Director")
				.row(8, "E/CN.7/2014/8-\nE/CN.15/2014/8", "Note by the Secretariat")
				.row(9, "E/CN.7/2014/15- E/CN.15/2014/15", "Proposed strategic framework")
				.row(10, "E/2014/28E/CN.7/2014/16", "Report on the reconvened fifty-sixth session")
				.row(11, "E/CN.7/2014/CRP.1", "Conference room paper").row(12, "E/CN.7/2014/NGO/1", "Statement")
				.write(this.dir.resolve("cnd57.xlsx"));

		List<RegisterEntry> entries = interpret(file);

		assertThat(entries).allMatch(Document.class::isInstance);
		assertThat(entries).extracting(entry -> ((Document) entry).symbols()).containsExactly(
				List.of("UNODC/ED/2014/1"), List.of("E/CN.7/2014/1"), List.of("E/CN.7/2014/1/Corr.1"),
				List.of("E/CN.7/2014/2", "E/CN.15/2014/2"), List.of("E/CN.7/2014/8", "E/CN.15/2014/8"),
				List.of("E/CN.7/2014/15", "E/CN.15/2014/15"), List.of("E/2014/28", "E/CN.7/2014/16"),
				List.of("E/CN.7/2014/CRP.1"), List.of("E/CN.7/2014/NGO/1"));
		assertThat(entries).extracting(RegisterEntry::row).containsExactly(4, 5, 6, 7, 8, 9, 10, 11, 12);
		assertThat(((Document) entries.get(1)).title()).isEqualTo("Annotated provisional agenda");
		assertThat(((Document) entries.get(2)).expected()).containsExactly(Language.CHINESE, Language.ENGLISH,
				Language.FRENCH, Language.SPANISH);
		assertThat(((Document) entries.get(7)).expected()).containsExactly(Language.ENGLISH);
		assertThat(((Document) entries.get(8)).expected()).containsExactly(Language.ENGLISH);
	}

	@Test
	void eachLanguagesFormIsUnderstood() throws IOException {
		Path file = workbook().row(1, "Symbol", "Languages").row(2, "A/1/1", "ACEFRS").row(3, "A/1/2", "A C E F R S")
				.row(4, "A/1/3", "E/F/S").row(5, "A/1/4", "en, fr").row(6, "A/1/5", "English, French")
				.row(7, "A/1/6", "all").row(8, "A/1/7", "English only").row(9, "A/1/8", null)
				.write(this.dir.resolve("languages.xlsx"));

		List<RegisterEntry> entries = interpret(file);

		EnumSet<Language> all = EnumSet.allOf(Language.class);
		assertThat(entries).extracting(entry -> ((Document) entry).expected()).containsExactly(all, all,
				EnumSet.of(Language.ENGLISH, Language.FRENCH, Language.SPANISH),
				EnumSet.of(Language.ENGLISH, Language.FRENCH), EnumSet.of(Language.ENGLISH, Language.FRENCH), all,
				EnumSet.of(Language.ENGLISH), all);
	}

	@Test
	void eachRejectedRowIsListedWithItsRowNumberAndReason() throws IOException {
		Path file = workbook().row(1, "Symbol", "Title", "Languages").row(2, "E/CN.7/2014/1", "Agenda")
				.row(3, null, "A title without symbol").row(4, "Provisional agenda", "Agenda")
				.row(6, "E/CN.7/2014/1", "Agenda again").row(7, "E/CN.7/2014/3", "Report", "E, German")
				.write(this.dir.resolve("rejects.xlsx"));

		List<RegisterEntry> entries = interpret(file);

		assertThat(entries).filteredOn(Rejection.class::isInstance).containsExactly(new Rejection(3, "", "no symbol"),
				new Rejection(4, "Provisional agenda", "\"Provisional agenda\" is not a UN document symbol"),
				new Rejection(6, "E/CN.7/2014/1", "E/CN.7/2014/1 is already listed in row 2"),
				new Rejection(7, "E/CN.7/2014/3",
						"Languages \"E, German\" not understood: write letters (ACEFRS, E/F/S),"
								+ " codes (en, fr), names (English, French) or all"));
	}

	private static List<RegisterEntry> interpret(Path file) {
		RegisterInterpreter interpreter = new RegisterInterpreter(EnumSet.allOf(Language.class),
				List.of(new ExpectRule("*/CRP.*", EnumSet.of(Language.ENGLISH)),
						new ExpectRule("*/NGO/*", EnumSet.of(Language.ENGLISH))));
		List<RegisterEntry> entries = new ArrayList<>();
		RegisterReader.forFile(file).read(file, null, row -> entries.add(interpreter.interpret(row)));
		return entries;
	}

}
