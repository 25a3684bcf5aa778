package org.langcov.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A web store's base URL and the URLs of locations in it: a relative location is appended to the base, percent-encoded;
 * an absolute URL must be on the base's scheme, host and port.
 */
final class WebAddress {

	private final URI base;

	WebAddress(String documents) {
		URI uri = URI.create(documents.trim()).normalize();
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		// "https://host/docs" means the folder docs: locations go inside it, not beside
		this.base = URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority() + path
				+ (path.endsWith("/") ? "" : "/"));
	}

	URI base() {
		return this.base;
	}

	Optional<String> outsideReason(String location) {
		if (location.isBlank()) {
			return Optional.of("an empty location");
		}
		if (location.contains("*")) {
			return Optional.of("location '" + location + "' has a wildcard: '*' works on folder stores only");
		}
		URI uri;
		try {
			uri = resolve(location);
		} catch (IllegalArgumentException ex) {
			return Optional.of("location '" + location + "' is not a valid URL or path");
		}
		if (isAbsolute(location)) {
			return sameSite(uri)
					? Optional.empty()
					: Optional.of("location '" + location + "' is on another site than the store " + this.base);
		}
		String path = uri.getRawPath();
		if (!path.startsWith(this.base.getRawPath()) || path.equals(this.base.getRawPath())) {
			return Optional.of("location '" + location + "' points outside the store");
		}
		return Optional.empty();
	}

	/**
	 * The URL of a location.
	 *
	 * @throws IllegalArgumentException
	 *             when it is no valid URL or path
	 */
	URI resolve(String location) {
		String trimmed = location.trim();
		if (isAbsolute(trimmed)) {
			return URI.create(trimmed).normalize();
		}
		try {
			// a path alone, made absolute so that a colon in it is not read as a scheme; '?', '#', spaces and non-ASCII
			// characters come out percent-encoded
			String encoded = new URI(null, null, "/" + trimmed.replace('\\', '/'), null).toASCIIString().substring(1);
			return URI.create(
					this.base.getScheme() + "://" + this.base.getRawAuthority() + this.base.getRawPath() + encoded)
					.normalize();
		} catch (URISyntaxException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	private boolean sameSite(URI uri) {
		return this.base.getScheme().equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
				&& this.base.getHost().equalsIgnoreCase(uri.getHost()) && port(this.base) == port(uri);
	}

	private static int port(URI uri) {
		if (uri.getPort() >= 0) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	private static boolean isAbsolute(String location) {
		return Store.isWeb(location);
	}

}
