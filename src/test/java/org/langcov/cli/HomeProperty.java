package org.langcov.cli;

import java.nio.file.Path;

import org.langcov.system.LangcovHome;

/**
 * {@code langcov.home} pointed at a test's installation folder, and put back as it was afterwards.
 */
final class HomeProperty {

	private final String previous;

	private HomeProperty(String previous) {
		this.previous = previous;
	}

	static HomeProperty set(Path home) {
		String previous = System.getProperty(LangcovHome.PROPERTY);
		System.setProperty(LangcovHome.PROPERTY, home.toString());
		return new HomeProperty(previous);
	}

	void restore() {
		if (this.previous != null) {
			System.setProperty(LangcovHome.PROPERTY, this.previous);
		} else {
			System.clearProperty(LangcovHome.PROPERTY);
		}
	}

}
