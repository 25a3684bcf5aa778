package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.BrokenFiles;
import org.langcov.fixtures.Sheets;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.vocabulary.Language;

/**
 * A run writes {@code {SESSION}-coverage.json} beside the workbook and the PDF, with the workbook's figures, and a
 * failing run leaves it as it was.
 */
class JsonReportFunctionalTests {

	@TempDir
	Path home;

	HomeProperty homeProperty;

	Path job;

	@BeforeEach
	void installation() throws IOException {
		this.homeProperty = HomeProperty.set(this.home);
		Path store = Files.createDirectories(this.home.resolve("store"));
		for (Language language : Language.values()) {
			UnDocumentPdf.of(language, "E/CN.7/2014/1")
					.writeTo(store.resolve("E_CN.7_2014_1-" + language.iso() + ".pdf"));
		}
		UnDocumentPdf.of(Language.ENGLISH, "E/CN.7/2014/2").writeTo(store.resolve("E_CN.7_2014_2-EN.pdf"));
		BrokenFiles.zeroBytes(store.resolve("E_CN.7_2014_2-FR.pdf"));
		BrokenFiles.htmlPage(store.resolve("E_CN.7_2014_2-RU.pdf"));
		Workbooks.workbook().row(1, "Symbol", "Title", "Agenda item", "Languages")
				.row(2, "E/CN.7/2014/1", "Annotated provisional agenda", "2")
				.row(3, "E/CN.7/2014/2", "Rapport \"annuel\" \\ </script> لجنة المخدرات", "3", "E/F/R/S")
				.write(this.home.resolve("register.xlsx"));
		this.job = Files.writeString(this.home.resolve("cnd57.yml"), """
				session: JSON57
				title: "Commission on Narcotic Drugs, \\"fifty-seventh\\" session"
				register: register.xlsx
				documents: store
				output: out
				""");
	}

	@AfterEach
	void restore() {
		this.homeProperty.restore();
	}

	@Test
	void theJsonBesideTheReportsHasTheFiguresOfTheSummarySheetAndOneEntryPerProblemsRow() throws IOException {
		// when
		Console run = Console.run("run", this.job.toString());

		// then
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).doesNotContain(".json");
		assertThat(this.home.resolve("out")).isDirectoryContaining("glob:**/JSON57-coverage.json")
				.isDirectoryContaining("glob:**/JSON57-coverage.xlsx")
				.isDirectoryContaining("glob:**/JSON57-coverage.pdf");
		String json = Files.readString(this.home.resolve("out/JSON57-coverage.json"), StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(json, "$.session")).isEqualTo("JSON57");
		assertThat((String) JsonPath.read(json, "$.title"))
				.isEqualTo("Commission on Narcotic Drugs, \"fifty-seventh\" session");
		assertThat((String) JsonPath.read(json, "$.runTime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*");
		assertThat((Object) JsonPath.read(json, "$.onTime")).isNull();
		try (Workbook workbook = Sheets.open(this.home.resolve("out/JSON57-coverage.xlsx"))) {
			List<List<String>> summary = Sheets.rows(workbook.getSheet("Summary"), 7);
			int header = summary
					.indexOf(summary.stream().filter((row) -> row.get(0).equals("Language")).findFirst().orElseThrow());
			List<List<String>> languages = new ArrayList<>();
			List<Map<String, Object>> lines = new ArrayList<>(JsonPath.read(json, "$.languages"));
			lines.add(JsonPath.read(json, "$.overall"));
			for (Map<String, Object> line : lines) {
				languages.add(List.of(
						line.containsKey("name") ? line.get("name") + " (" + line.get("language") + ")" : "Overall",
						String.valueOf(line.get("expected")), String.valueOf(line.get("available")),
						String.valueOf(line.get("missing")), String.valueOf(line.get("problems")),
						String.valueOf(line.get("unverified")), shown((Number) line.get("coverage"))));
			}
			assertThat(summary.subList(header + 1, header + 8)).isEqualTo(languages);
			assertThat(languages.get(6)).containsExactly("Overall", "10", "7", "1", "2", "0", "70.0%");

			List<List<String>> problems = Sheets.rows(workbook.getSheet("Problems"), 5);
			List<List<String>> entries = new ArrayList<>();
			for (Map<String, Object> problem : JsonPath.<List<Map<String, Object>>>read(json, "$.problems")) {
				entries.add(List.of((String) problem.get("symbol"), (String) problem.get("language"),
						(String) problem.get("status"), (String) problem.get("detail"),
						(String) problem.get("location")));
			}
			assertThat(entries).hasSize(3).isEqualTo(problems.subList(1, problems.size()));
		}
	}

	@Test
	void aFailingRunLeavesThePreviousJsonAsItWas() throws IOException {
		// given a successful run
		assertThat(Console.run("run", this.job.toString()).status()).isZero();
		Path json = this.home.resolve("out/JSON57-coverage.json");
		byte[] before = Files.readAllBytes(json);

		// when the register breaks
		Files.writeString(this.home.resolve("register.xlsx"), "not a workbook");
		Console run = Console.run("run", this.job.toString());

		// then
		assertThat(run.status()).isEqualTo(2);
		assertThat(Files.readAllBytes(json)).isEqualTo(before);
		assertThat(this.home.resolve("out")).isDirectoryNotContaining("glob:**.tmp");
	}

	private static String shown(Number coverage) {
		return (coverage == null) ? "\u2013" : String.format(Locale.ROOT, "%.1f%%", coverage.doubleValue());
	}

}
