package org.langcov.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.function.Consumer;

import org.langcov.register.Rejection;
import org.langcov.report.Change;
import org.langcov.report.DocumentLine;
import org.langcov.report.LanguageSummary;
import org.langcov.report.ReportSource;
import org.langcov.timeliness.OnTime;
import org.langcov.report.ReportData;
import org.langcov.report.ReportFixtures;
import org.langcov.report.RunInfo;
import org.langcov.report.SlotLine;
import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;

class JsonReportTests {

	static final String TITLE = "Say \"no\" \\ </script><script>alert(1)</script>\u0007 لجنة المخدرات";

	@TempDir
	Path dir;

	@Test
	void stringsFromTheRegisterAndTheJobFileReadBackAsWrittenAndNeverCloseAScript() throws IOException {
		// given a title with quotes, a backslash, markup, a control character and Arabic
		SlotLine problem = new SlotLine("E/CN.7/2014/\"1\"", Language.ARABIC, true, Status.WRONG_LANGUAGE,
				"text reads as English\nnot Arabic", "E_CN.7_2014_1-AR.pdf", 10L, 1, "1.7", Language.ENGLISH, null,
				null);
		ReportData data = new ReportData(
				new RunInfo("CND57", TITLE, Instant.parse("2014-03-10T01:30:00.123456Z"), "reg.xlsx", "C:\\store",
						false),
				LanguageSummary.withOverall(Map.of(Language.ARABIC, new LanguageSummary(Language.ARABIC, 1, 0, 0, 1))),
				List.of(), List.of(problem), List.of(), List.of());

		// when
		String json = write(data, ZoneId.of("Europe/Vienna"));

		// then
		assertThat(json).doesNotContain("</script").contains("<\\/script>").contains("\\u0007")
				.contains("لجنة المخدرات");
		assertThat((String) JsonPath.read(json, "$.title")).isEqualTo(TITLE);
		assertThat((String) JsonPath.read(json, "$.store")).isEqualTo("C:\\store");
		assertThat((String) JsonPath.read(json, "$.runTime")).isEqualTo("2014-03-10T02:30:00+01:00");
		assertThat((String) JsonPath.read(json, "$.zone")).isEqualTo("Europe/Vienna");
		assertThat((List<Object>) JsonPath.read(json, "$.problems")).hasSize(1);
		assertThat((String) JsonPath.read(json, "$.problems[0].symbol")).isEqualTo("E/CN.7/2014/\"1\"");
		assertThat((String) JsonPath.read(json, "$.problems[0].detail")).isEqualTo("text reads as English\nnot Arabic");
		assertThat((String) JsonPath.read(json, "$.problems[0].status")).isEqualTo("WRONG_LANGUAGE");
		assertThat((String) JsonPath.read(json, "$.problems[0].language")).isEqualTo("A");
	}

	@Test
	void anUnpairedSurrogateIsEscapedAndAPairIsKept() {
		assertThat(JsonReport.string("a\uD800b \uD83D\uDE00")).isEqualTo("\"a\\ud800b \uD83D\uDE00\"");
		assertThat(JsonReport.string(null)).isEqualTo("null");
	}

	@Test
	void figuresAreCountsAndSharesRoundedHalfUpToOneDecimalAndNullWhereNothingIsExpected() throws IOException {
		// given the sample, every language expected somewhere
		ReportData sample = ReportFixtures.sample();

		// when
		String json = write(sample, ZoneId.of("UTC"));

		// then every language, in order, with the workbook's figures
		List<LanguageSummary> summary = sample.summary();
		assertThat((List<String>) JsonPath.read(json, "$.languages[*].language")).containsExactly("A", "C", "E", "F",
				"R", "S");
		assertThat((List<String>) JsonPath.read(json, "$.languages[*].name")).containsExactly("Arabic", "Chinese",
				"English", "French", "Russian", "Spanish");
		for (int i = 0; i < 6; i++) {
			LanguageSummary line = summary.get(i);
			String at = "$.languages[" + i + "].";
			assertThat((Integer) JsonPath.read(json, at + "expected")).isEqualTo(line.expected());
			assertThat((Integer) JsonPath.read(json, at + "available")).isEqualTo(line.available());
			assertThat((Integer) JsonPath.read(json, at + "missing")).isEqualTo(line.missing());
			assertThat((Integer) JsonPath.read(json, at + "problems")).isEqualTo(line.otherProblems());
			assertThat((Integer) JsonPath.read(json, at + "unverified")).isEqualTo(line.unverified());
			assertThat(((Number) JsonPath.read(json, at + "coverage")).doubleValue())
					.isEqualTo(line.percent().get().tenths() / 10.0);
		}
		assertThat((Integer) JsonPath.read(json, "$.overall.expected")).isEqualTo(summary.get(6).expected());
		assertThat((Object) JsonPath.read(json, "$.onTime")).isNull();
		assertThat((List<Object>) JsonPath.read(json, "$.problems"))
				.hasSize((int) sample.slots().stream().filter((slot) -> slot.status().problem()).count()).hasSize(11);
		assertThat(JsonReport.number(org.langcov.report.Percent.of(11, 12))).isEqualTo("91.7");
		assertThat(JsonReport.number(org.langcov.report.Percent.of(1, 1))).isEqualTo("100.0");
		assertThat(JsonReport.number(org.langcov.report.Percent.of(1, 2000))).isEqualTo("0.1");
	}

	@Test
	void aLanguageWithNothingExpectedHasNoCoverageAndAnEmptySessionHasNoProblems() throws IOException {
		// given nothing expected at all
		ReportData empty = new ReportData(ReportFixtures.run(true), LanguageSummary.withOverall(Map.of()), List.of(),
				List.of(), List.of(), List.of());

		// when
		String json = write(empty, ZoneId.of("UTC"));

		// then
		assertThat(json).contains("\"coverage\": null").contains("\"problems\": []");
		assertThat((Object) JsonPath.read(json, "$.languages[0].coverage")).isNull();
		assertThat((Object) JsonPath.read(json, "$.overall.coverage")).isNull();
		assertThat((String) JsonPath.read(json, "$.runTime")).isEqualTo("2014-03-10T01:30:00Z");
	}

	@Test
	void theOnTimeShareIsTheOverallCountsOfVersionsDue() throws IOException {
		// given 2 of 3 due versions on time, 4 not yet due
		ReportData sample = ReportFixtures.sample();
		ReportSource judged = new ReportSource() {

			@Override
			public RunInfo run() {
				return sample.run();
			}

			@Override
			public List<LanguageSummary> summary() {
				return sample.summary();
			}

			@Override
			public void documents(Consumer<DocumentLine> action) {
				sample.documents(action);
			}

			@Override
			public void slots(Consumer<SlotLine> action) {
				sample.slots(action);
			}

			@Override
			public void changes(Consumer<Change> action) {
			}

			@Override
			public void rejections(Consumer<Rejection> action) {
			}

			@Override
			public List<OnTime> onTime() {
				return List.of(new OnTime(Language.ENGLISH, 2, 1, 0, 4), new OnTime(null, 2, 1, 0, 4));
			}

		};
		Path file = this.dir.resolve("judged.json");

		// when
		new JsonReport(ZoneId.of("UTC")).write(judged, file);

		// then
		String json = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(json).contains("\"onTime\": {\"due\": 3, \"onTime\": 2, \"share\": 66.7}");
	}

	private String write(ReportData data, ZoneId zone) throws IOException {
		Path file = this.dir.resolve("report.json");
		new JsonReport(zone).write(data, file);
		return Files.readString(file, StandardCharsets.UTF_8);
	}

}
