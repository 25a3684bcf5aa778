package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.vocabulary.Language;
import org.langcov.fixtures.LangcovFunctionalTest;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.WebSite;
import org.langcov.fixtures.Workbooks;
import org.langcov.history.RunRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Web stores against a real server on the loopback address: every answer a document site gives maps to its status, and
 * an unchanged file is not downloaded twice.
 */
@LangcovFunctionalTest
class WebStoreFunctionalTests {

	private static final String SESSION = "WEB";

	@TempDir
	Path dir;

	@Autowired
	CoverageRunner runner;

	@Autowired
	RunRepository runs;

	@Autowired
	JdbcTemplate jdbc;

	WebSite site;

	@BeforeEach
	void site() throws IOException {
		this.site = new WebSite();
	}

	@AfterEach
	void close() {
		this.site.close();
	}

	@Test
	void eachAnswerOfTheServerGivesItsStatusAndASecondRunDownloadsNothingUnchanged() throws IOException {
		// given
		pdf("E_CN.7_2014_1-AR.pdf", Language.ARABIC, "E/CN.7/2014/1");
		this.site.status("/docs/E_CN.7_2014_1-ZH.pdf", 404);
		this.site.status("/docs/E_CN.7_2014_1-EN.pdf", 403);
		byte[] french = UnDocumentPdf.of(Language.FRENCH, "E/CN.7/2014/1").toBytes();
		this.site.route("/docs/E_CN.7_2014_1-FR.pdf", (exchange, n) -> {
			if (n == 1) {
				WebSite.send(exchange, 500, "text/html", "<html>Internal Server Error</html>");
			} else {
				this.site.file(exchange, french);
			}
		});
		byte[] russian = UnDocumentPdf.of(Language.RUSSIAN, "E/CN.7/2014/1").toBytes();
		long[] tooManyAt = new long[2];
		this.site.route("/docs/E_CN.7_2014_1-RU.pdf", (exchange, n) -> {
			if (n == 1) {
				tooManyAt[0] = System.nanoTime();
				exchange.getResponseHeaders().set("Retry-After", "1");
				WebSite.send(exchange, 429, "text/plain", "Too Many Requests");
			} else {
				tooManyAt[1] = (tooManyAt[1] == 0) ? System.nanoTime() : tooManyAt[1];
				this.site.file(exchange, russian);
			}
		});
		this.site.route("/docs/E_CN.7_2014_1-ES.pdf", (exchange, n) -> {
			exchange.getResponseHeaders().set("Location", "/archive/2014/E_CN.7_2014_1-ES.pdf");
			exchange.sendResponseHeaders(302, -1);
		});
		pdf("/archive/2014/E_CN.7_2014_1-ES.pdf", Language.SPANISH, "E/CN.7/2014/1");
		this.site.route("/docs/E_CN.7_2014_2-AR.pdf", (exchange, n) -> WebSite.send(exchange, 200, "text/html",
				"<!DOCTYPE html><html><body><form action=\"/login\">Sign in</form></body></html>"));
		this.site.route("/docs/E_CN.7_2014_2-ZH.pdf", (exchange, n) -> {
			exchange.sendResponseHeaders(200, 50_000);
			OutputStream body = exchange.getResponseBody();
			body.write(new byte[1_000]);
			body.flush();
			Thread.sleep(4_000);
		});
		this.site.status("/docs/E_CN.7_2014_2-EN.pdf", 410);
		this.site.route("/docs/E_CN.7_2014_2-FR.pdf", (exchange, n) -> {
			exchange.sendResponseHeaders(200, 300 * 1024);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write(new byte[300 * 1024]);
			} catch (IOException ex) {
				// langcov did not read it, as it should not
			}
		});
		this.site.route("/docs/E_CN.7_2014_2-RU.pdf", (exchange, n) -> {
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream body = exchange.getResponseBody()) {
				for (int i = 0; i < 300; i++) {
					body.write(new byte[1024]);
				}
			} catch (IOException ex) {
				// langcov stopped reading, as it should
			}
		});
		this.site.status("/docs/E_CN.7_2014_2-ES.pdf", 503);
		pdf("/docs/E_CN.7_2014_3-EN.pdf", Language.FRENCH, "E/CN.7/2014/3");
		pdf("/docs/drafts/report%204.pdf", Language.ENGLISH, "E/CN.7/2014/4");
		pdf("/docs/E_CN.7_2014_5-EN.pdf", Language.ENGLISH, "E/CN.7/2014/5");
		Workbooks.workbook().row(1, "Symbol", "Title", "Languages", "E")
				.row(2, "E/CN.7/2014/1", "Every answer a PDF can get", "all")
				.row(3, "E/CN.7/2014/2", "Every answer that is no PDF", "all")
				.row(4, "E/CN.7/2014/3", "In the wrong language", "E")
				.row(5, "E/CN.7/2014/4", "At an explicit location", "E", "drafts/report 4.pdf")
				.row(6, "E/CN.7/2014/5", "At an absolute URL", "E", this.site.url() + "docs/E_CN.7_2014_5-EN.pdf")
				.row(7, "E/CN.7/2014/6", "On another site", "E", "https://example.org/E_CN.7_2014_6-EN.pdf")
				.row(8, "E/CN.7/2014/7", "A wildcard", "E", "E_CN.7_2014_7-*.pdf")
				.write(this.dir.resolve("register.xlsx"));
		JobFile job = job(this.site.url() + "docs/", "max-file-size: 100kB\nread-timeout: 1s\n");

		// when
		RunOutcome first = this.runner.run(job, false);

		// then
		assertThat(first.result()).isEqualTo(RunOutcome.Result.COMPLETED);
		Map<String, String> statuses = statuses();
		assertThat(statuses).containsExactly(entry("E/CN.7/2014/1 A", "AVAILABLE"), entry("E/CN.7/2014/1 C", "MISSING"),
				entry("E/CN.7/2014/1 E", "UNREADABLE access denied (HTTP 403)"), entry("E/CN.7/2014/1 F", "AVAILABLE"),
				entry("E/CN.7/2014/1 R", "AVAILABLE"), entry("E/CN.7/2014/1 S", "AVAILABLE"),
				entry("E/CN.7/2014/2 A", "NOT_PDF no %PDF- header: it looks like an HTML page"),
				entry("E/CN.7/2014/2 C", "UNREADABLE the download stalled for more than 1 s (3 attempts)"),
				entry("E/CN.7/2014/2 E", "MISSING"),
				entry("E/CN.7/2014/2 F",
						"UNREADABLE the file is 300 kB, more than max-file-size 100 kB (not downloaded)"),
				entry("E/CN.7/2014/2 R",
						"UNREADABLE the file is larger than max-file-size 100 kB (download stopped there)"),
				entry("E/CN.7/2014/2 S", "UNREADABLE the server answered HTTP 503 (3 attempts)"),
				entry("E/CN.7/2014/3 E", "WRONG_LANGUAGE the text is in French, not English"),
				entry("E/CN.7/2014/4 E", "AVAILABLE"), entry("E/CN.7/2014/5 E", "AVAILABLE"));
		assertThat(this.jdbc.queryForList("SELECT REASON FROM LC_REJECTED WHERE RUN_ID = ? ORDER BY ROW_NUM",
				String.class, latestRun()))
				.satisfiesExactly((reason) -> assertThat(reason).contains("is on another site than the store"),
						(reason) -> assertThat(reason).contains("'*' works on folder stores only"));
		assertThat((tooManyAt[1] - tooManyAt[0]) / 1_000_000).as("Retry-After honoured").isGreaterThanOrEqualTo(900);
		assertThat(this.site.requests("/docs/E_CN.7_2014_2-ES.pdf")).isEqualTo(3);
		assertThat(this.site.userAgents()).allSatisfy((agent) -> assertThat(agent).startsWith("langcov/"));
		assertThat(this.jdbc.queryForObject("SELECT LAST_MODIFIED FROM LC_SLOT WHERE RUN_ID = ? AND SLOT_SEQ = 0",
				Timestamp.class, latestRun()).toInstant()).isEqualTo(
						ZonedDateTime.parse(WebSite.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
		int sentFirst = this.site.filesSent();
		assertThat(sentFirst).isEqualTo(7);

		// when
		RunOutcome second = this.runner.run(job, false);

		// then
		assertThat(second.changes()).isZero();
		assertThat(statuses()).isEqualTo(statuses);
		assertThat(this.site.filesSent()).as("files sent again").isEqualTo(sentFirst);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM LC_SLOT WHERE RUN_ID = ? AND INSPECTED AND STATUS = 'AVAILABLE'", Integer.class,
				latestRun())).isZero();
	}

	@Test
	void aServerDownAllNightMakesEverySlotUnreadableNotMissing() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		Workbooks.workbook().row(1, "Symbol", "Title").row(2, "E/CN.7/2014/1", "Agenda")
				.row(3, "E/CN.7/2014/2", "Report").write(this.dir.resolve("register.xlsx"));

		RunOutcome outcome = this.runner.run(job("http://127.0.0.1:" + closedPort + "/docs", ""), false);

		assertThat(outcome.result()).isEqualTo(RunOutcome.Result.COMPLETED);
		assertThat(statuses().values()).hasSize(12).allSatisfy((status) -> assertThat(status)
				.startsWith("UNREADABLE the store could not be reached: connection refused"));
		assertThat(outcome.message()).startsWith("the store could not be reached");
	}

	@Test
	void noMoreRequestsAtOnceToAHostThanConnectionsPerHost() throws IOException {
		Workbooks register = Workbooks.workbook().row(1, "Symbol", "Title");
		for (int i = 1; i <= 4; i++) {
			register.row(i + 1, "E/CN.7/2014/" + i, "Document " + i);
		}
		register.write(this.dir.resolve("register.xlsx"));
		this.site.delayAnswers(100);

		this.runner.run(job(this.site.url() + "docs/", "connections-per-host: 2\n"), false);

		assertThat(this.site.maxInFlight()).isEqualTo(2);
		assertThat(statuses().values()).hasSize(24).containsOnly("MISSING");
	}

	private void pdf(String path, Language language, String... symbols) {
		String full = path.startsWith("/") ? path : "/docs/" + path;
		this.site.file(full, UnDocumentPdf.of(language, symbols).toBytes());
	}

	private JobFile job(String documents, String more) throws IOException {
		Path file = this.dir.resolve(SESSION + ".yml");
		Files.writeString(file, """
				session: %s
				register: register.xlsx
				documents: %s
				output: out
				""".formatted(SESSION, documents) + more);
		return new JobFileReader().read(file);
	}

	private long latestRun() {
		return this.runs.history(SESSION).get(0).run();
	}

	private Map<String, String> statuses() {
		Map<String, String> statuses = new LinkedHashMap<>();
		this.jdbc.query("SELECT SYMBOL, LANG, STATUS, DETAIL FROM LC_SLOT WHERE RUN_ID = ? AND STATUS <> 'NOT_EXPECTED'"
				+ " ORDER BY SLOT_SEQ", (rs) -> {
					String detail = rs.getString(4);
					statuses.put(rs.getString(1) + " " + rs.getString(2),
							rs.getString(3) + ((detail == null || detail.isEmpty()) ? "" : " " + detail));
				}, latestRun());
		return statuses;
	}

	private static Map.Entry<String, String> entry(String key, String value) {
		return Map.entry(key, value);
	}

}
