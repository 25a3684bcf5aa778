package org.langcov.remote;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * Where the broker is, from {@code langcov.broker.url} (or {@code LANGCOV_BROKER_URL}), in the form an Artemis client
 * takes: {@code tcp://host:port}, optionally with client parameters ({@code tcp://host:port?reconnectAttempts=-1}),
 * which a broker listening there has no use for. A port left out is Artemis' own, 61616, as for its clients. A list of
 * brokers ({@code (tcp://a:61616,tcp://b:61616)}) is a client's concern: a broker listens at one address, so it is
 * refused here with a line that names the URL, as is anything that is not TCP.
 */
public record BrokerUrl(String host, int port) {

	/** The system property that names the broker. */
	public static final String PROPERTY = "langcov.broker.url";

	/** The environment variable that names the broker when the system property does not. */
	public static final String ENVIRONMENT = "LANGCOV_BROKER_URL";

	/** The broker when none is named, as in {@code application.properties}. */
	public static final String DEFAULT = "tcp://localhost:61616";

	/** Artemis' port when the URL names none. */
	public static final int DEFAULT_PORT = 61616;

	public BrokerUrl {
		if (host == null || host.isBlank()) {
			throw new IllegalArgumentException("no host");
		}
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port " + port + " out of range");
		}
	}

	/**
	 * The URL named by the system property, else by the environment variable, else the default one.
	 */
	public static String configured(Map<String, String> environment) {
		String property = System.getProperty(PROPERTY);
		if (property != null && !property.isBlank()) {
			return property.strip();
		}
		String variable = environment.get(ENVIRONMENT);
		if (variable != null && !variable.isBlank()) {
			return variable.strip();
		}
		return DEFAULT;
	}

	/**
	 * Reads a URL.
	 * 
	 * @throws BadBrokerUrlException
	 *             for anything a broker cannot listen at, with a message that names the URL
	 */
	public static BrokerUrl parse(String url) {
		String text = (url != null) ? url.strip() : "";
		if (text.startsWith("(")) {
			throw new BadBrokerUrlException(url, "names several brokers; a broker listens at one, as tcp://host:61616");
		}
		URI uri;
		try {
			uri = new URI(text);
		} catch (URISyntaxException ex) {
			throw new BadBrokerUrlException(url, "is not a URL such as tcp://broker:61616");
		}
		if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).equals("tcp")) {
			throw new BadBrokerUrlException(url, "is not a tcp:// URL such as tcp://broker:61616");
		}
		String host = uri.getHost();
		if (uri.getRawAuthority() == null || uri.getRawAuthority().startsWith(":")) {
			throw new BadBrokerUrlException(url, "names no host, as in tcp://broker:61616");
		}
		if (host == null || uri.getUserInfo() != null) {
			throw new BadBrokerUrlException(url, "is not tcp://host:port, the port a number from 0 to 65535");
		}
		if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
			throw new BadBrokerUrlException(url, "has a path; a broker URL is tcp://host:port");
		}
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		int port = uri.getPort();
		if (port < 0) {
			port = DEFAULT_PORT;
		}
		if (port > 65535) {
			throw new BadBrokerUrlException(url, "is not tcp://host:port, the port a number from 0 to 65535");
		}
		return new BrokerUrl(host, port);
	}

	/** The URL a client connects with: {@code tcp://host:port}, an IPv6 address in brackets. */
	@Override
	public String toString() {
		return "tcp://" + (this.host.contains(":") ? "[" + this.host + "]" : this.host) + ":" + this.port;
	}

	/** A URL that names no broker. */
	public static final class BadBrokerUrlException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		private final String url;

		BadBrokerUrlException(String url, String problem) {
			super(PROPERTY + " '" + url + "' " + problem);
			this.url = url;
		}

		public String url() {
			return this.url;
		}

	}

}
