package org.langcov.job;

import java.nio.file.Path;
import java.time.Duration;

import org.langcov.store.FolderStore;
import org.langcov.store.Store;
import org.langcov.store.WebSettings;
import org.langcov.store.WebStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opens the store a run inspects: a folder, or a web site read with the job
 * file's {@code connect-timeout}, {@code read-timeout}, {@code max-file-size}
 * and {@code connections-per-host}, and the retry settings of
 * {@code langcov.web.*} (properties, so that tests can wait milliseconds where
 * a nightly run waits seconds).
 */
@Component
class StoreSettings {

	/** The job keys' defaults, for what needs no request (staging locations). */
	static final WebSettings DEFAULTS = new WebSettings(Duration.ofSeconds(10), Duration.ofSeconds(60),
			200L * 1024 * 1024, 4, 3, Duration.ofSeconds(2), Duration.ofMinutes(2), "langcov");

	private static final Logger logger = LoggerFactory.getLogger(StoreSettings.class);

	private final int attempts;

	private final Duration retryDelay;

	private final Duration maxRetryWait;

	private final String userAgent;

	StoreSettings(@Value("${langcov.web.attempts:3}") int attempts,
			@Value("${langcov.web.retry-delay:2s}") String retryDelay,
			@Value("${langcov.web.max-retry-wait:2m}") String maxRetryWait,
			@Value("${langcov.version:unknown}") String version) {
		this.attempts = Math.max(1, attempts);
		this.retryDelay = Quantities.duration(retryDelay);
		this.maxRetryWait = Quantities.duration(maxRetryWait);
		this.userAgent = "langcov/" + version + " (language coverage checker; " + System.getProperty("java.vm.name")
				+ " " + Runtime.version().feature() + ")";
	}

	/**
	 * The store a run recorded when it started. The job file was checked then;
	 * should it have become unreadable since (a run resumed after the file was
	 * edited), the defaults keep the run going.
	 */
	Store open(String store, String jobFile) {
		if (!Store.isWeb(store)) {
			return new FolderStore(Path.of(store));
		}
		WebSettings settings = web(DEFAULTS);
		try {
			settings = web(new JobFileReader().read(Path.of(jobFile)));
		} catch (RuntimeException ex) {
			logger.warn("Cannot read the web settings of {}; using the defaults", jobFile, ex);
		}
		return new WebStore(store, settings);
	}

	String userAgent() {
		return this.userAgent;
	}

	private WebSettings web(JobFile job) {
		return new WebSettings(job.connectTimeout(), job.readTimeout(), job.maxFileSize(), job.connectionsPerHost(),
				this.attempts, this.retryDelay, this.maxRetryWait, this.userAgent);
	}

	private WebSettings web(WebSettings defaults) {
		return new WebSettings(defaults.connectTimeout(), defaults.readTimeout(), defaults.maxFileSize(),
				defaults.connectionsPerHost(), this.attempts, this.retryDelay, this.maxRetryWait, this.userAgent);
	}

}
