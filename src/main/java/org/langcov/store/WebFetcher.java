package org.langcov.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLException;

/**
 * One conditional GET of a web file, as politely and patiently as a nightly run should: at most
 * {@code connections-per-host} requests at once to a host (counted by the {@link HostPermits}), redirects followed a
 * bounded number of times, and no answer, 5xx or 429 tried again after a growing wait (or the server's
 * {@code Retry-After}).
 * <p>
 * No {@code HEAD} first: a GET that may answer 304 costs as little, and servers that refuse {@code HEAD} need no
 * special case.
 */
final class WebFetcher {

	/** Prefix of the detail of a slot whose server could not be reached at all. */
	static final String UNREACHABLE = "the store could not be reached";

	static final int MAX_REDIRECTS = 5;

	private final WebSettings settings;

	private final HostPermits permits;

	private final Retries retries;

	private volatile HttpClient client;

	WebFetcher(WebSettings settings, HostPermits permits) {
		this.settings = settings;
		this.permits = permits;
		this.retries = new Retries(settings);
	}

	Lookup fetch(URI uri, Validators earlier) throws IOException {
		return this.retries.run(uri, () -> limited(uri, earlier));
	}

	private Lookup limited(URI uri, Validators earlier) throws IOException, InterruptedException {
		try (HostPermits.Permit permit = this.permits.take(uri.getScheme() + "://" + uri.getRawAuthority(),
				this.settings.connectionsPerHost())) {
			return followingRedirects(uri, earlier);
		}
	}

	private Lookup followingRedirects(URI uri, Validators earlier) throws IOException, InterruptedException {
		URI current = uri;
		for (int redirects = 0;; redirects++) {
			HttpResponse<Path> response = exchange(current, earlier);
			int status = response.statusCode();
			if (status / 100 == 2) {
				return new Lookup(response.body(), 1, validators(response), false, true);
			}
			String location = response.headers().firstValue("Location").orElse(null);
			if (status / 100 == 3 && status != 304 && location != null) {
				if (redirects == MAX_REDIRECTS) {
					throw new StoreException("more than " + MAX_REDIRECTS + " redirects, the last to " + location);
				}
				current = current.resolve(location.trim());
				continue;
			}
			return switch (status) {
				case 304 -> new Lookup(null, 1, earlier, true, false);
				case 404, 410 -> Lookup.NOTHING;
				case 401, 403 -> throw new StoreException("access denied (HTTP " + status + ")");
				case 429 -> throw new Retries.Busy(status, response.headers().firstValue("Retry-After").orElse(null));
				default -> {
					if (status >= 500) {
						throw new Retries.Busy(status, response.headers().firstValue("Retry-After").orElse(null));
					}
					throw new StoreException("the server answered HTTP " + status);
				}
			};
		}
	}

	/** One request and its answer, the body downloaded when it is a file. */
	private HttpResponse<Path> exchange(URI uri, Validators earlier) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
				.timeout(this.settings.connectTimeout().plus(this.settings.readTimeout()))
				.header("User-Agent", this.settings.userAgent());
		if (earlier.etag() != null) {
			request.header("If-None-Match", earlier.etag());
		}
		if (earlier.lastModified() != null) {
			request.header("If-Modified-Since", earlier.lastModified());
		}
		AtomicReference<Download> body = new AtomicReference<>();
		AtomicReference<Path> file = new AtomicReference<>();
		HttpResponse.BodyHandler<Path> handler = (info) -> {
			Path into = null;
			if (info.statusCode() / 100 == 2) {
				try {
					into = Download.temporaryFile();
				} catch (IOException ex) {
					throw new IllegalStateException("cannot create a temporary file: " + ex.getMessage(), ex);
				}
				file.set(into);
			}
			long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
			Download download = new Download(into, (into != null) ? this.settings.maxFileSize() : 1 << 20, declared);
			body.set(download);
			return download;
		};
		CompletableFuture<HttpResponse<Path>> answer = client().sendAsync(request.build(), handler);
		try {
			return await(answer, body);
		} catch (IOException | InterruptedException | RuntimeException ex) {
			Path partial = file.get();
			if (partial != null) {
				Files.deleteIfExists(partial);
			}
			throw ex;
		}
	}

	private HttpResponse<Path> await(CompletableFuture<HttpResponse<Path>> answer, AtomicReference<Download> body)
			throws IOException, InterruptedException {
		long timeout = this.settings.readTimeout().toNanos();
		while (true) {
			try {
				return answer.get(Math.min(timeout, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
			} catch (TimeoutException ex) {
				Download download = body.get();
				if (download != null && System.nanoTime() - download.lastProgress() > timeout) {
					HttpTimeoutException stalled = new HttpTimeoutException(
							"the download stalled for more than " + seconds(this.settings.readTimeout()));
					download.abandon(stalled);
					answer.cancel(true);
					throw stalled;
				}
			} catch (ExecutionException ex) {
				Throwable cause = ex.getCause();
				if (cause instanceof IOException io) {
					throw io;
				}
				throw new IOException(String.valueOf(cause.getMessage()), cause);
			} catch (InterruptedException ex) {
				answer.cancel(true);
				throw ex;
			}
		}
	}

	/**
	 * The client, built on first use: the JVM's proxy selector ({@code -Dhttps.proxyHost} and the like) and SSL context
	 * ({@code -Djavax.net.ssl.trustStore}). HTTP/1.1 so that requests at once are connections at once, as server
	 * operators count them.
	 */
	private HttpClient client() {
		HttpClient current = this.client;
		if (current == null) {
			synchronized (this) {
				if (this.client == null) {
					HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
							.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(this.settings.connectTimeout());
					ProxySelector proxies = ProxySelector.getDefault();
					if (proxies != null) {
						builder.proxy(proxies);
					}
					this.client = builder.build();
				}
				current = this.client;
			}
		}
		return current;
	}

	private static Validators validators(HttpResponse<?> response) {
		return new Validators(response.headers().firstValue("ETag").orElse(null),
				response.headers().firstValue("Last-Modified").orElse(null));
	}

	/** What a failure to get any answer was, in a few words. */
	static String noAnswer(IOException ex) {
		if (ex instanceof HttpConnectTimeoutException) {
			return "connection timed out";
		}
		if (ex instanceof ConnectException || ex.getCause() instanceof ConnectException) {
			Throwable cause = (ex.getCause() instanceof UnknownHostException) ? ex.getCause() : null;
			return (cause != null) ? "unknown host " + cause.getMessage() : "connection refused";
		}
		if (ex instanceof UnknownHostException) {
			return "unknown host " + ex.getMessage();
		}
		if (ex instanceof HttpTimeoutException) {
			return (ex.getMessage() != null && ex.getMessage().startsWith("the download"))
					? ex.getMessage()
					: "no answer within the read-timeout";
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

	/**
	 * Whether no connection could be made at all: the server is down or unknown.
	 */
	static boolean unreachable(IOException ex) {
		return ex instanceof HttpConnectTimeoutException || ex instanceof ConnectException
				|| ex.getCause() instanceof ConnectException || ex instanceof UnknownHostException;
	}

	/** Certificates and handshakes do not get better by asking again. */
	static boolean retryable(IOException ex) {
		return !(ex instanceof StoreException) && !(ex instanceof SSLException)
				&& !(ex.getCause() instanceof SSLException);
	}

	static String seconds(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? millis / 1000 + " s" : millis + " ms";
	}

}
