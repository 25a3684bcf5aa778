package org.langcov.register;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Cell values as Excel displays them, with one exception: dates are written {@code 2014-03-13} (or
 * {@code 2014-03-13 10:30} with a time) whatever the cell's date format. A date shown as {@code 3/4/14} reads as 3
 * April or 4 March depending on the machine's locale; the ISO form means the same everywhere and is what the deadline
 * parser expects. Numbers are formatted as in an English (US) Excel, so that a server's locale does not change what is
 * read.
 * <p>
 * Not thread-safe, like its parent: one instance per read.
 */
final class DisplayedValues extends DataFormatter {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	DisplayedValues() {
		super(Locale.US);
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString) {
		return formatRawCellContents(value, formatIndex, formatString, false);
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
		// a value under one day is a time of day, which has no date to write
		if (value >= 1 && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
			LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing, true);
			return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
					? dateTime.toLocalDate().toString()
					: dateTime.format(DATE_TIME);
		}
		return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
	}

}
