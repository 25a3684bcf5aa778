package org.langcov.store;

import java.io.IOException;
import java.util.Optional;

/**
 * A store that is a web site: {@code documents: https://host/path/}. Each location is a URL under the base; what is
 * there is downloaded to a temporary file and inspected as a local file would be.
 * <p>
 * Answers map to statuses as SPEC says: 404 and 410 are nothing there (MISSING); 401 and 403, 5xx and no answer after
 * the retries, and files larger than {@code max-file-size} are a {@link StoreException} (UNREADABLE, saying why); any
 * 2xx is a file, so that an HTML login page answered with 200 is inspected and found NOT_PDF.
 */
public final class WebStore implements Store {

	/** Prefix of the detail of every slot whose server could not be reached. */
	public static final String UNREACHABLE = WebFetcher.UNREACHABLE;

	private final WebAddress address;

	private final WebFetcher fetcher;

	/**
	 * @param documents
	 *            the base URL, {@code http://} or {@code https://}
	 * @param permits
	 *            who may send a request to a host now
	 */
	public WebStore(String documents, WebSettings settings, HostPermits permits) {
		this.address = new WebAddress(documents);
		this.fetcher = new WebFetcher(settings, permits);
	}

	/**
	 * Why a base URL cannot be a store, or empty when it can: a job file check.
	 */
	public static Optional<String> invalidBase(String documents) {
		try {
			java.net.URI uri = java.net.URI.create(documents.trim());
			if (uri.getHost() == null) {
				return Optional.of("'" + documents + "' has no host name");
			}
			if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
				return Optional.of("'" + documents + "' has a query or fragment: give the folder's URL only");
			}
			return Optional.empty();
		} catch (IllegalArgumentException ex) {
			return Optional.of("'" + documents + "' is not a valid URL: " + ex.getMessage());
		}
	}

	@Override
	public Optional<String> outsideReason(String location) {
		return this.address.outsideReason(location);
	}

	@Override
	public Lookup find(String location, Validators earlier) throws IOException {
		return this.fetcher.fetch(this.address.resolve(location), earlier);
	}

	/**
	 * The location as the register or pattern gave it: the base URL is in the report's Summary.
	 */
	@Override
	public String shown(String location, Lookup lookup) {
		return location;
	}

	@Override
	public Optional<String> address(String location) {
		try {
			return Optional.of(this.address.resolve(location).toASCIIString());
		} catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return this.address.base().toString();
	}

}
