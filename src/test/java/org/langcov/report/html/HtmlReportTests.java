package org.langcov.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.report.DocumentLine;
import org.langcov.report.ReportData;
import org.langcov.report.ReportFixtures;
import org.langcov.report.RunInfo;
import org.langcov.report.SlotState;
import org.langcov.vocabulary.Status;

/**
 * The page's writer, read as text: what the browser makes of it is {@code HtmlPageBrowserTests}'.
 */
class HtmlReportTests {

	static final String SCRIPT_TITLE = "<script>alert(1)</script>";

	static final String IMG_TITLE = "\"><img src=x onerror=alert(1)>";

	@TempDir
	Path dir;

	@Test
	void textAndAttributeValuesAreEscapedSoThatMarkupIsText() {
		assertThat(Html.text(SCRIPT_TITLE)).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(Html.text("Tom & \"Jerry\" 'n'")).isEqualTo("Tom &amp; \"Jerry\" 'n'");
		assertThat(Html.attribute(IMG_TITLE)).isEqualTo("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
		assertThat(Html.attribute("it's")).isEqualTo("it&#39;s");
		assertThat(Html.text(null)).isEmpty();
	}

	@Test
	void charactersHtmlDoesNotAllowBecomeReplacementCharactersAndTheRestIsKept() {
		assertThat(Html.text("a\u0007b\u0000c\uFFFEd\uD800e")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
		assertThat(Html.text("tab\there\nلجنة 麻醉 \uD83D\uDE00")).isEqualTo("tab\there\nلجنة 麻醉 \uD83D\uDE00");
	}

	@Test
	void titlesFromARegisterAreTextInThePageAndOnlyThePagesOwnScriptIsAScript() throws IOException {
		// given a register whose titles, symbol and agenda item hold markup
		ReportData data = data(store(), document(List.of("E/CN.7/2014/1"), SCRIPT_TITLE, "2 & 3"),
				document(List.of("E/CN.7/2014/<b>2</b>"), IMG_TITLE, "<i>4</i>"));

		// when
		String page = write(data, this.dir.resolve("out/CND57-coverage.html"));

		// then
		assertThat(page).contains(">&lt;script&gt;alert(1)&lt;/script&gt;</td>")
				.contains(">\"&gt;&lt;img src=x onerror=alert(1)&gt;</td>").contains("E/CN.7/2014/&lt;b&gt;2&lt;/b&gt;")
				.contains(">&lt;i&gt;4&lt;/i&gt;</td>").contains(">2 &amp; 3</td>")
				.contains("aria-label=\"Arabic PDF of E/CN.7/2014/&lt;b&gt;2&lt;/b&gt;\"");
		assertThat(count(page, "<script")).isOne();
		assertThat(page).doesNotContain("<img").doesNotContain("<b>").doesNotContain("<i>");
	}

	@Test
	void eachAvailableVersionLinksToItsFileFromThePagesFolderWithAnAccessibleName() throws IOException {
		// given a folder store beside the output folder
		ReportData data = data(store(), document(List.of("E/CN.7/2014/2", "E/CN.15/2014/2"), "Report", "3"));

		// when
		String page = write(data, this.dir.resolve("out/CND57-coverage.html"));

		// then the link leads from the page's folder to the file
		assertThat(page)
				.contains("<a href=\"../store/E_CN.7_2014_2-AR.pdf\" aria-label=\"Arabic PDF of "
						+ "E/CN.7/2014/2\">pdf</a>")
				.contains("<span class=\"symbol\">E/CN.7/2014/2</span><span class=\"symbol\">E/CN.15/2014/2</span>");
		assertThat(Files.exists(this.dir.resolve("out").resolve("../store/E_CN.7_2014_2-AR.pdf").normalize())).isTrue();
		// and a missing version is marked, not linked
		assertThat(page).contains("data-language=\"C\" data-state=\"missing\"><span aria-hidden=\"true\">\u00D7"
				+ "</span><span class=\"visually-hidden\">Chinese: missing</span></td>");
		assertThat(count(page, "<a href=")).isEqualTo(4);
	}

	@Test
	void aWebStoreLinksToTheFilesUrlWithWhatAUrlCannotHoldEscaped() throws IOException {
		// given
		ReportData data = data("https://documents.example.org/cnd57",
				document(List.of("E/CN.7/2014/1"), "Agenda", "2"));

		// when
		String page = write(data, this.dir.resolve("out/CND57-coverage.html"));

		// then
		assertThat(page).contains("href=\"https://documents.example.org/cnd57/E_CN.7_2014_1-EN.pdf\"");
	}

	@Test
	void theTimeOfTheRunIsShownWithItsZoneAsInTheOtherReports() throws IOException {
		// given
		ReportData data = data(store(), document(List.of("E/CN.7/2014/1"), "Agenda", "2"));

		// when
		String page = write(data, this.dir.resolve("out/CND57-coverage.html"), ZoneId.of("Europe/Vienna"));

		// then
		assertThat(page).contains("<time datetime=\"2014-03-10T01:30:00Z\">2014-03-10 02:30:00 CET</time>");
	}

	@Test
	void everyStateHasTheWorkbooksMarkAndColoursAndALegendLine() throws IOException {
		// given
		ReportData data = data(store(), document(List.of("E/CN.7/2014/1"), "Agenda", "2"));

		// when
		String page = write(data, this.dir.resolve("out/CND57-coverage.html"));

		// then
		for (SlotState state : SlotState.values()) {
			assertThat(page)
					.contains(String.format(".state-%s { background: #%06X; color: #%06X; }", HtmlReport.name(state),
							state.fill(), state.ink()))
					.contains("aria-hidden=\"true\">" + Html.text(state.mark()) + "</span>" + Html.text(state.meaning())
							+ "</li>");
		}
		assertThat(page).contains("<form id=\"filters\" class=\"filters\" hidden>").contains("@page { size: A4");
	}

	@Test
	void titlesAreMarkedWithTheLanguageAndDirectionOfTheirScript() {
		assertThat(TitleScript.of("تقرير الهيئة الدولية لمراقبة المخدرات E/INCB/2013/1")).isEqualTo(TitleScript.ARABIC);
		assertThat(TitleScript.of(ReportFixtures.CHINESE_TITLE)).isEqualTo(TitleScript.CHINESE);
		assertThat(TitleScript.of(ReportFixtures.RUSSIAN_TITLE)).isEqualTo(TitleScript.RUSSIAN);
		assertThat(TitleScript.of("Annotated provisional agenda")).isEqualTo(TitleScript.OTHER);
		assertThat(TitleScript.of("57/1")).isEqualTo(TitleScript.OTHER);
		assertThat(TitleScript.ARABIC.attributes()).isEqualTo(" lang=\"ar\" dir=\"rtl\"");
		assertThat(TitleScript.OTHER.attributes()).isEqualTo(" dir=\"auto\"");
	}

	/** A store folder with every version of the fixture's documents that is available. */
	private String store() throws IOException {
		return Files.createDirectories(this.dir.resolve("store")).toString();
	}

	private ReportData data(String store, DocumentLine... documents) throws IOException {
		for (DocumentLine document : documents) {
			document.slots().values().forEach((slot) -> {
				if (slot.status() == Status.AVAILABLE && !store.startsWith("http")) {
					try {
						Files.writeString(Path.of(store).resolve(slot.location()), "%PDF-1.7");
					} catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				}
			});
		}
		RunInfo run = new RunInfo("CND57", "Commission on Narcotic Drugs", ReportFixtures.STARTED, "register.xlsx",
				store, false);
		return ReportData.of(run, List.of(documents), List.of(), List.of(), List.of());
	}

	/** Arabic, English, French, Spanish available, Chinese missing, Russian damaged. */
	private static DocumentLine document(List<String> symbols, String title, String agendaItem) {
		return ReportFixtures.document(symbols, title, agendaItem, Status.AVAILABLE, Status.MISSING, Status.AVAILABLE,
				Status.AVAILABLE, Status.DAMAGED, Status.AVAILABLE);
	}

	private static String write(ReportData data, Path file) throws IOException {
		return write(data, file, ZoneId.of("UTC"));
	}

	private static String write(ReportData data, Path file, ZoneId zone) throws IOException {
		Files.createDirectories(file.getParent());
		new HtmlReport(zone).write(data, file);
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	private static int count(String text, String part) {
		Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
