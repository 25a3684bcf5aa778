package org.langcov.register;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the message for a register without a recognisable header, showing what was found instead so that a person can
 * see the misnamed column.
 */
final class NoHeader {

	private static final int MAX_COLUMNS = 12;

	private static final int MAX_NAME = 40;

	private final Path file;

	private final String sheetName;

	private int sheets;

	private String bestSheet;

	private List<String> bestColumns = List.of();

	/**
	 * @param sheetName
	 *            the sheet the job names, or {@code null}
	 */
	NoHeader(Path file, String sheetName) {
		this.file = file;
		this.sheetName = sheetName;
	}

	/** A sheet read without finding a header in it. */
	void sheet(String name, List<String> columnsFound) {
		this.sheets++;
		if (this.bestSheet == null || columnsFound.size() > this.bestColumns.size()) {
			this.bestSheet = name;
			this.bestColumns = columnsFound;
		}
	}

	int sheets() {
		return this.sheets;
	}

	RegisterException exception() {
		String rows = "the first " + RegisterSheet.HEADER_ROWS + " rows";
		if (this.sheets <= 1) {
			String place = (this.sheetName != null) ? "sheet \"" + this.bestSheet + "\"" : null;
			String found = this.bestColumns.isEmpty() ? "nothing in " + rows : "columns found: " + columns();
			return new RegisterException(this.file, place, "no Symbol column in " + rows + " (" + found + ")", null);
		}
		String found = this.bestColumns.isEmpty()
				? "nothing in " + rows + " of any sheet"
				: "columns found: " + columns() + " on sheet \"" + this.bestSheet + "\"";
		return new RegisterException(this.file, null,
				"no sheet has a Symbol column in its first " + RegisterSheet.HEADER_ROWS + " rows (" + found + ")",
				null);
	}

	private String columns() {
		String shown = this.bestColumns.stream().limit(MAX_COLUMNS).map(NoHeader::shorten)
				.collect(Collectors.joining(", "));
		return (this.bestColumns.size() > MAX_COLUMNS) ? shown + ", ..." : shown;
	}

	// the message stays one line, however the header cells are written
	private static String shorten(String name) {
		String line = name.replaceAll("\\s+", " ");
		return (line.length() > MAX_NAME) ? line.substring(0, MAX_NAME - 3) + "..." : line;
	}

}
