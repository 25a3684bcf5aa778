package org.langcov.system;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This machine's name, as the session locks, the workers' line and their UNREADABLE details show it: the name the
 * resolver gives, else {@code HOSTNAME}, else {@code unknown}.
 */
public final class HostName {

	private static final String NAME = lookUp();

	private HostName() {
	}

	public static String get() {
		return NAME;
	}

	private static String lookUp() {
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (UnknownHostException ex) {
			String name = System.getenv("HOSTNAME");
			return (name != null && !name.isBlank()) ? name : "unknown";
		}
	}

}
