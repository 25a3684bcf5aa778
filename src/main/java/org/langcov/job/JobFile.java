package org.langcov.job;

import org.langcov.register.ExpectRule;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.langcov.vocabulary.Language;
import org.langcov.register.DateOrder;
import org.langcov.store.WebLimits;
import org.langcov.timeliness.DueRules;

/**
 * One session's job file, checked and with every default applied. Paths are absolute, resolved against the job file's
 * own folder.
 *
 * @param file
 *            the job file itself
 * @param session
 *            the session id, or {@code null} when the register's Session column decides
 * @param title
 *            shown at the top of both reports
 * @param register
 *            the register spreadsheet
 * @param sheet
 *            the sheet to read, or {@code null} for the first with a recognisable header
 * @param documents
 *            the store: an absolute folder path, or an {@code http(s)://} base URL
 * @param pattern
 *            where one language version lives, relative to the store
 * @param languages
 *            languages expected unless a rule or the register says otherwise
 * @param expect
 *            rules by symbol glob, the first match wins
 * @param output
 *            the folder for the reports
 * @param fileTimeout
 *            longest time one file's inspection may take
 * @param opens
 *            the session's opening date, or {@code null}
 * @param deadlineWeeks
 *            weeks before {@code opens} by which versions are due
 * @param dateOrder
 *            how the register writes numeric dates such as {@code 03/04/2014}
 * @param maxFileSize
 *            web stores: largest file downloaded, in bytes
 * @param connectTimeout
 *            web stores: connection timeout
 * @param readTimeout
 *            web stores: read timeout
 * @param connectionsPerHost
 *            web stores: requests at once to one host
 * @param due
 *            the job's rules for when documents are due, by symbol glob, the first match wins
 */
public record JobFile(Path file, String session, String title, Path register, String sheet, String documents,
		String pattern, Set<Language> languages, List<ExpectRule> expect, Path output, Duration fileTimeout,
		LocalDate opens, int deadlineWeeks, DateOrder dateOrder, long maxFileSize, Duration connectTimeout,
		Duration readTimeout, int connectionsPerHost, List<DueRules.Entry> due) {

	/** The default pattern: the UN Digital Library's file names. */
	public static final String DEFAULT_PATTERN = "{symbol}-{iso}.pdf";

	/** The same job for one session, as a job without {@code session} runs. */
	public JobFile withSession(String sessionId) {
		return new JobFile(this.file, sessionId, this.title, this.register, this.sheet, this.documents, this.pattern,
				this.languages, this.expect, this.output, this.fileTimeout, this.opens, this.deadlineWeeks,
				this.dateOrder, this.maxFileSize, this.connectTimeout, this.readTimeout, this.connectionsPerHost,
				this.due);
	}

	/** When each document is due unless the register gives its Deadline: the job's rules, then the defaults. */
	public DueRules dueRules() {
		return new DueRules(this.due, this.deadlineWeeks);
	}

	/** What the job says of how a web store is read. */
	public WebLimits webLimits() {
		return new WebLimits(this.connectTimeout, this.readTimeout, this.maxFileSize, this.connectionsPerHost);
	}

	/** The report title: the job's {@code title}, or the session id. */
	public String titleOr(String sessionId) {
		return (this.title != null) ? this.title : sessionId;
	}

}
