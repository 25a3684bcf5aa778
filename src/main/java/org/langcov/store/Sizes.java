package org.langcov.store;

import java.util.Locale;

/**
 * Sizes as people read them, in the units of the job file's {@code max-file-size}.
 */
final class Sizes {

	private Sizes() {
	}

	static String shown(long bytes) {
		String[] units = {"bytes", "kB", "MB", "GB", "TB"};
		double value = bytes;
		int unit = 0;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return (unit == 0)
				? bytes + " bytes"
				: String.format(Locale.ROOT, (value == Math.rint(value)) ? "%.0f %s" : "%.1f %s", value, units[unit]);
	}

}
