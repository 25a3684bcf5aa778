package org.langcov.report.workbook;

import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.langcov.report.Percent;
import org.langcov.report.SlotState;

/**
 * The workbook's cell styles, made once: a workbook has a limit on distinct styles, and a style per cell would reach it
 * long before 300,000 rows. Made on the plain XSSF workbook that the streaming one wraps, so that they serve both the
 * Summary sheet and the streamed sheets.
 */
final class ExcelStyles {

	static final String PERCENT = "0.0%";

	static final String DATE_TIME = "yyyy-mm-dd hh:mm:ss";

	static final String DATE = "yyyy-mm-dd";

	/** A time as {@link #DATE_TIME} shows it, for its width: Calibri's digits are all as wide. */
	static final String DATE_TIME_SAMPLE = "2014-03-13 10:00:00";

	static final String DATE_SAMPLE = "2014-03-13";

	final CellStyle header;

	final CellStyle headerRight;

	final CellStyle headerCenter;

	final CellStyle bold;

	/**
	 * Top-aligned, so that a row made tall by a wrapped title still reads from its first line.
	 */
	final CellStyle text;

	final CellStyle wrapped;

	/** Counts and sizes, with thousands separators. */
	final CellStyle integer;

	/** Numbers that name something, such as a row number: no separators. */
	final CellStyle plainInteger;

	final CellStyle boldInteger;

	final CellStyle percent;

	final CellStyle boldPercent;

	/** Where a share would be but there is none ({@link Percent#NONE}). */
	final CellStyle none;

	final CellStyle boldNone;

	final CellStyle dateTime;

	/** A time among text values, aligned with them. */
	final CellStyle dateTimeLeft;

	final CellStyle date;

	final CellStyle note;

	/** Blue and underlined, as a spreadsheet program shows a link. */
	final CellStyle link;

	/** A link too long for its column, wrapped. */
	final CellStyle wrappedLink;

	private final Map<SlotState, CellStyle> states = new EnumMap<>(SlotState.class);

	private final Set<CellStyle> boldStyles = Collections.newSetFromMap(new IdentityHashMap<>());

	ExcelStyles(XSSFWorkbook workbook) {
		// Calibri by name, not the theme's body font, and applied to each style: the workbook has no theme and no named
		// cell style, so LibreOffice would show its own default font (Liberation Sans, a fifth wider than Calibri, as
		// wide as Arial) and a recent Excel its own (Aptos) instead of the font the widths are measured for.
		XSSFFont regularFont = workbook.getFontAt(0);
		regularFont.setScheme(FontScheme.NONE);
		XSSFFont boldFont = workbook.createFont();
		boldFont.setBold(true);
		XSSFFont italicFont = workbook.createFont();
		italicFont.setItalic(true);

		this.text = workbook.createCellStyle();
		this.text.setFont(regularFont);
		this.text.setVerticalAlignment(VerticalAlignment.TOP);
		this.header = derive(workbook, this.text);
		this.header.setFont(boldFont);
		this.header.setFillForegroundColor(color(0xD9E1F2));
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.header.setWrapText(true);
		this.headerRight = derive(workbook, this.header);
		this.headerRight.setAlignment(HorizontalAlignment.RIGHT);
		this.headerCenter = derive(workbook, this.header);
		this.headerCenter.setAlignment(HorizontalAlignment.CENTER);
		this.bold = derive(workbook, this.text);
		this.bold.setFont(boldFont);
		this.wrapped = derive(workbook, this.text);
		this.wrapped.setWrapText(true);
		this.note = derive(workbook, this.text);
		this.note.setFont(italicFont);
		XSSFFont linkFont = workbook.createFont();
		linkFont.setUnderline(Font.U_SINGLE);
		linkFont.setColor(color(0x0563C1));
		this.link = derive(workbook, this.text);
		this.link.setFont(linkFont);
		this.wrappedLink = derive(workbook, this.link);
		this.wrappedLink.setWrapText(true);

		this.integer = numeric(workbook, "#,##0", null);
		this.plainInteger = numeric(workbook, "0", null);
		this.boldInteger = numeric(workbook, "#,##0", boldFont);
		this.percent = numeric(workbook, PERCENT, null);
		this.boldPercent = numeric(workbook, PERCENT, boldFont);
		this.none = derive(workbook, this.percent);
		this.none.setAlignment(HorizontalAlignment.RIGHT);
		this.boldNone = derive(workbook, this.boldPercent);
		this.boldNone.setAlignment(HorizontalAlignment.RIGHT);
		this.dateTime = numeric(workbook, DATE_TIME, null);
		this.date = numeric(workbook, DATE, null);
		this.dateTimeLeft = derive(workbook, this.dateTime);
		this.dateTimeLeft.setAlignment(HorizontalAlignment.LEFT);

		for (SlotState state : SlotState.values()) {
			XSSFFont font = workbook.createFont();
			font.setBold(true);
			font.setColor(color(state.ink()));
			XSSFCellStyle style = derive(workbook, this.text);
			style.setFont(font);
			style.setAlignment(HorizontalAlignment.CENTER);
			style.setFillForegroundColor(color(state.fill()));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.states.put(state, style);
		}
		this.boldStyles.addAll(List.of(this.header, this.headerRight, this.headerCenter, this.bold, this.boldInteger,
				this.boldPercent, this.boldNone));
		this.boldStyles.addAll(this.states.values());
	}

	/**
	 * The style that wraps the text of this one: plain text and links wrap when they are wider than their column.
	 */
	CellStyle wrapping(CellStyle style) {
		if (style == this.text) {
			return this.wrapped;
		}
		return (style == this.link) ? this.wrappedLink : style;
	}

	/** Whether text in this style is bold, and so wider. */
	boolean bold(CellStyle style) {
		return this.boldStyles.contains(style);
	}

	/** The coloured, centred style of a coverage cell in this state. */
	CellStyle state(SlotState state) {
		return this.states.get(state);
	}

	static XSSFColor color(int rgb) {
		return new XSSFColor(new byte[]{(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null);
	}

	private static XSSFCellStyle derive(XSSFWorkbook workbook, CellStyle base) {
		XSSFCellStyle style = workbook.createCellStyle();
		style.cloneStyleFrom(base);
		return style;
	}

	private CellStyle numeric(XSSFWorkbook workbook, String format, XSSFFont font) {
		XSSFCellStyle style = derive(workbook, this.text);
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		if (font != null) {
			style.setFont(font);
		}
		return style;
	}

}
