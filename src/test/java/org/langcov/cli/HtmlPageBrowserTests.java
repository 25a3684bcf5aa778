package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.BrokenFiles;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.job.JobFile;
import org.langcov.store.Placeholders;
import org.langcov.vocabulary.Language;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The documents page as a reader sees it: the sample's page, written by a run of the sample job, opened from disk in a
 * headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, skipped without them), and a page of titles
 * in other scripts and with markup. One browser serves the whole class.
 */
class HtmlPageBrowserTests {

	static final String ARABIC_TITLE = "تقرير الهيئة الدولية لمراقبة المخدرات";

	static final String SCRIPT_TITLE = "<script>alert(1)</script>";

	static final String IMG_TITLE = "\"><img src=x onerror=alert(1)>";

	@TempDir
	static Path home;

	static ChromeDriver browser;

	static Path samplePage;

	static Path scriptsPage;

	@BeforeAll
	static void runTheJobsAndStartTheBrowser() throws IOException {
		if (!HeadlessChromium.installed()) {
			// each test is skipped, saying how to install them, and the build's output says it once
			System.out.println("HtmlPageBrowserTests skipped: " + HeadlessChromium.NOT_INSTALLED);
			return;
		}
		HomeProperty homeProperty = HomeProperty.set(home);
		try {
			samplePage = sample();
			scriptsPage = scripts();
		} finally {
			homeProperty.restore();
		}
		browser = HeadlessChromium.start(1280, 1400);
	}

	@BeforeEach
	void browserInstalled() {
		assumeTrue(browser != null, HeadlessChromium.NOT_INSTALLED);
	}

	@AfterAll
	static void stopTheBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void eachFilterOfTheSamplesPageShowsTheDocumentsWithAVersionInThatStateAndLanguage() throws IOException {
		// given the sample's page, opened from disk
		open(samplePage);
		List<String> all = visibleSymbols();
		Map<String, Map<Language, String>> states = expectedStates(all);
		assertThat(all).hasSize(englishFiles()).doesNotHaveDuplicates();
		assertThat(browser.findElement(By.id("shown")).getText())
				.isEqualTo("Showing all " + all.size() + " documents.");

		// when only one state is chosen, then the documents with a version in that state show
		for (String state : List.of("available", "unverified", "missing", "problem", "not-expected")) {
			only("state", state);
			assertThat(visibleSymbols()).as(state).isEqualTo(having(states, all, state, List.of(Language.values())));
		}
		assertThat(visibleSymbols()).isNotEmpty().isNotEqualTo(all);

		// and when available versions in one language are chosen, the documents available in it show
		only("state", "available");
		for (Language language : Language.values()) {
			only("language", String.valueOf(language.letter()));
			assertThat(visibleSymbols()).as(language.displayName())
					.isEqualTo(having(states, all, "available", List.of(language)));
		}
		assertThat(visibleSymbols()).isNotEqualTo(all);

		// and Show all shows every document again
		browser.findElement(By.cssSelector("#filters button[type=reset]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(5)).until((driver) -> visibleSymbols().size() == all.size());
		screenshot("cnd57-coverage.png");
	}

	@Test
	void theFiltersAreUsedFromTheKeyboardWithAVisibleFocus() {
		// given
		open(samplePage);
		int all = visibleSymbols().size();

		// when the first filter, "available", is reached with Tab and unticked with Space
		new Actions(browser).sendKeys(Keys.TAB).perform();
		WebElement focused = browser.switchTo().activeElement();
		new Actions(browser).sendKeys(Keys.SPACE).perform();

		// then
		assertThat(focused.getDomAttribute("value")).isEqualTo("available");
		assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
		assertThat(focused.isSelected()).isFalse();
		assertThat(visibleSymbols()).hasSizeLessThan(all);
	}

	@Test
	void aLinkOpensTheVersionItNamesBesideThePage() throws IOException {
		// given
		open(samplePage);
		WebElement link = browser.findElement(By.cssSelector("a[aria-label='Arabic PDF of E/CN.7/2014/1']"));
		assertThat(link.getText()).isEqualTo("pdf");
		assertThat(link.getAccessibleName()).isEqualTo("Arabic PDF of E/CN.7/2014/1");
		assertThat(link.getDomAttribute("href")).isEqualTo("../../input/documents/cnd57/E_CN.7_2014_1-AR.pdf");

		// when
		link.click();

		// then the browser opened the Arabic version of E/CN.7/2014/1, the file beside the page
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((driver) -> driver.getCurrentUrl().endsWith(".pdf"));
		Path opened = Path.of(URI.create(browser.getCurrentUrl()));
		assertThat(opened).isEqualTo(home.resolve("input/documents/cnd57/E_CN.7_2014_1-AR.pdf")).isRegularFile();
		try (PDDocument pdf = Loader.loadPDF(opened.toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("E/CN.7/2014/1").containsPattern("\\p{IsArabic}");
		}
	}

	@Test
	void inPrintTheFiltersAreLeftOutAndTheTablesHeaderRepeatsOnEveryPage() {
		// given
		open(samplePage);

		// when the page is laid out for print
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			// then
			assertThat(browser.findElement(By.id("filters")).isDisplayed()).isFalse();
			assertThat(browser.findElement(By.cssSelector("table.documents thead")).getCssValue("display"))
					.isEqualTo("table-header-group");
			assertThat(browser.findElement(By.cssSelector("table.documents tbody tr")).getCssValue("break-inside"))
					.isEqualTo("avoid");
		} finally {
			browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
		assertThat(browser.findElement(By.id("filters")).isDisplayed()).isTrue();
	}

	@Test
	void titlesInOtherScriptsAreMarkedWithTheirLanguageAndTheArabicOneReadsRightToLeft() {
		// given
		open(scriptsPage);

		// then
		WebElement arabic = titleCell("E/CN.7/2014/1");
		assertThat(arabic.getText()).isEqualTo(ARABIC_TITLE);
		assertThat(arabic.getCssValue("direction")).isEqualTo("rtl");
		assertThat(arabic.getDomAttribute("lang")).isEqualTo("ar");
		assertThat(titleCell("E/CN.7/2014/2").getDomAttribute("lang")).isEqualTo("zh");
		assertThat(titleCell("E/CN.7/2014/3").getDomAttribute("lang")).isEqualTo("ru");
		assertThat(titleCell("E/CN.7/2014/4").getCssValue("direction")).isEqualTo("ltr");
	}

	@Test
	void titlesWithMarkupAreTextAndAddNoElementToThePage() {
		// given
		open(scriptsPage);

		// then
		for (Map.Entry<String, String> title : Map.of("E/CN.7/2014/5", SCRIPT_TITLE, "E/CN.7/2014/6", IMG_TITLE)
				.entrySet()) {
			WebElement cell = titleCell(title.getKey());
			assertThat(cell.getText()).isEqualTo(title.getValue());
			assertThat(cell.findElements(By.cssSelector("*"))).isEmpty();
		}
		assertThat(browser.findElements(By.tagName("img"))).isEmpty();
		assertThat(browser.findElements(By.tagName("script"))).hasSize(1);
		assertThat(((JavascriptExecutor) browser).executeScript("return document.title")).asString()
				.startsWith("SCRIPTS57");
	}

	private static void open(Path page) {
		browser.get(page.toUri().toString());
	}

	/** Unticks every box of the group but one. */
	private static void only(String group, String value) {
		for (WebElement box : browser.findElements(By.cssSelector("#filters input[name=" + group + "]"))) {
			if (box.isSelected() != value.equals(box.getDomAttribute("value"))) {
				box.click();
			}
		}
	}

	/** The primary symbols of the rows on screen, in order. */
	@SuppressWarnings("unchecked")
	private static List<String> visibleSymbols() {
		return (List<String>) ((JavascriptExecutor) browser)
				.executeScript("return Array.from(document.querySelectorAll('table.documents tbody tr'))"
						+ ".filter((row) => row.getClientRects().length > 0)"
						+ ".map((row) => row.querySelector('th .symbol').textContent);");
	}

	private static WebElement titleCell(String symbol) {
		for (WebElement row : browser.findElements(By.cssSelector("table.documents tbody tr"))) {
			if (row.findElement(By.cssSelector("th .symbol")).getText().equals(symbol)) {
				return row.findElement(By.cssSelector("td"));
			}
		}
		throw new AssertionError("no row for " + symbol);
	}

	/**
	 * Every language version of the sample is in the store and readable, and only English is expected for the documents
	 * issued in English alone: the store says which.
	 */
	private static Map<String, Map<Language, String>> expectedStates(List<String> symbols) {
		Map<String, Map<Language, String>> states = new LinkedHashMap<>();
		for (String symbol : symbols) {
			Map<Language, String> byLanguage = new LinkedHashMap<>();
			for (Language language : Language.values()) {
				boolean there = Files.exists(home.resolve("input/documents/cnd57")
						.resolve(Placeholders.expand(JobFile.DEFAULT_PATTERN, symbol, language)));
				byLanguage.put(language, there ? "available" : "not-expected");
			}
			states.put(symbol, byLanguage);
		}
		return states;
	}

	private static List<String> having(Map<String, Map<Language, String>> states, List<String> symbols, String state,
			List<Language> languages) {
		List<String> having = new ArrayList<>();
		for (String symbol : symbols) {
			if (languages.stream().anyMatch((language) -> states.get(symbol).get(language).equals(state))) {
				having.add(symbol);
			}
		}
		return having;
	}

	private static int englishFiles() throws IOException {
		try (Stream<Path> files = Files.list(home.resolve("input/documents/cnd57"))) {
			return (int) files.filter((file) -> file.getFileName().toString().endsWith("-EN.pdf")).count();
		}
	}

	private static void screenshot(String name) throws IOException {
		Path folder = Files.createDirectories(Path.of("target/screenshots"));
		Files.write(folder.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
	}

	/** The sample job, run on a copy of the sample under the test's home, as in the project. */
	private static Path sample() throws IOException {
		copy(Path.of("jobs/cnd57.yml"), home.resolve("jobs/cnd57.yml"));
		copy(Path.of("input/registers/cnd57.xlsx"), home.resolve("input/registers/cnd57.xlsx"));
		try (Stream<Path> pdfs = Files.list(Path.of("input/documents/cnd57"))) {
			pdfs.forEach((pdf) -> copy(pdf, home.resolve("input/documents/cnd57").resolve(pdf.getFileName())));
		}
		Console run = Console.run("run", home.resolve("jobs/cnd57.yml").toString());
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).contains("output/cnd57/CND57-coverage.html");
		return home.resolve("output/cnd57/CND57-coverage.html");
	}

	/** Titles in Arabic, Chinese, Russian and English, and two that are markup, with one version each. */
	private static Path scripts() throws IOException {
		Path store = Files.createDirectories(home.resolve("input/documents/scripts"));
		String[] titles = {ARABIC_TITLE, "麻醉药品委员会的报告", "Доклад Международного комитета", "Annotated agenda",
				SCRIPT_TITLE, IMG_TITLE};
		Workbooks register = Workbooks.workbook().row(1, "Symbol", "Title", "Agenda item");
		for (int i = 1; i <= titles.length; i++) {
			String symbol = "E/CN.7/2014/" + i;
			register.row(i + 1, symbol, titles[i - 1], String.valueOf(i));
			UnDocumentPdf.of(Language.ENGLISH, symbol).writeTo(store.resolve("E_CN.7_2014_" + i + "-EN.pdf"));
		}
		BrokenFiles.htmlPage(store.resolve("E_CN.7_2014_1-FR.pdf"));
		register.write(home.resolve("input/registers/scripts.xlsx"));
		Path job = Files.writeString(home.resolve("jobs/scripts.yml"), """
				session: SCRIPTS57
				register: ../input/registers/scripts.xlsx
				documents: ../input/documents/scripts
				output: ../output/scripts
				""");
		Console run = Console.run("run", job.toString());
		assertThat(run.status()).as(run.err()).isZero();
		return home.resolve("output/scripts/SCRIPTS57-coverage.html");
	}

	private static void copy(Path from, Path to) {
		try {
			Files.createDirectories(to.getParent());
			Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
