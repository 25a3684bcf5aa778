package org.langcov.report.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.langcov.report.ReportSource;
import org.langcov.report.SlotState;
import org.langcov.vocabulary.Language;

/**
 * The Coverage sheet: the seed's document table (symbol, title, then a cell per language) with each language cell
 * marked and coloured by the state of its slot. The legend sits in the header row, to the right of the table, so that
 * it stays in sight with the frozen header and out of the filter; a printed page has it in its footer, and its number
 * in its header.
 */
final class CoverageSheet {

	static final String NAME = "Coverage";

	static final int FIRST_LANGUAGE_COLUMN = 3;

	private static final int SYMBOL_WIDTH = 40;

	/**
	 * Titles wrap at 60 characters; agenda items are usually a number, sometimes a phrase.
	 */
	static final int TITLE_WIDTH = 60;

	private static final int AGENDA_WIDTH = 24;

	static final int LAST_LANGUAGE_COLUMN = FIRST_LANGUAGE_COLUMN + Language.values().length - 1;

	/**
	 * One empty column between the table and the legend, which is outside the print area: a printed page has the legend
	 * in its footer instead.
	 */
	static final int LEGEND_COLUMN = LAST_LANGUAGE_COLUMN + 2;

	private final ExcelStyles styles;

	CoverageSheet(ExcelStyles styles) {
		this.styles = styles;
	}

	static List<String> headers() {
		List<String> headers = new ArrayList<>(List.of("Symbol", "Title", "Agenda item"));
		for (Language language : Language.values()) {
			headers.add(String.valueOf(language.letter()));
		}
		return headers;
	}

	void write(Sheet sheet, ReportSource source) {
		SheetWriter writer = new SheetWriter(sheet, this.styles, headers(), SYMBOL_WIDTH, TITLE_WIDTH, AGENDA_WIDTH);
		legend(sheet);
		source.documents((document) -> {
			Row row = writer.row();
			// the writer makes the row as tall as its wrapped title, or its symbols one per line
			writer.text(row, 0, String.join("\n", document.symbols()), this.styles.wrapped);
			writer.text(row, 1, document.title(), this.styles.wrapped);
			writer.text(row, 2, document.agendaItem(), this.styles.wrapped);
			int column = FIRST_LANGUAGE_COLUMN;
			for (Language language : Language.values()) {
				SlotState state = SlotState.of(document.slots().get(language));
				writer.text(row, column++, state.mark(), this.styles.state(state));
			}
		});
		writer.finish();
		// after the table's widths: a sheet's column definitions are written in the order they are set
		int column = LEGEND_COLUMN;
		for (SlotState state : SlotState.values()) {
			sheet.setColumnWidth(column++, ColumnWidths.width(ColumnWidths.digits(label(state), true), 255) * 256);
		}
		print(sheet, writer.rows());
	}

	private void legend(Sheet sheet) {
		Row header = sheet.getRow(0);
		// The language letters stand over their marks.
		for (int i = 0; i < Language.values().length; i++) {
			header.getCell(FIRST_LANGUAGE_COLUMN + i).setCellStyle(this.styles.headerCenter);
		}
		int column = LEGEND_COLUMN;
		for (SlotState state : SlotState.values()) {
			String label = label(state);
			Cell cell = header.createCell(column);
			cell.setCellValue(label);
			cell.setCellStyle(this.styles.state(state));
			column++;
		}
	}

	static String label(SlotState state) {
		return state.mark() + "  " + state.meaning();
	}

	/**
	 * The table alone is printed, so that one page wide is the table's width and not the legend's too; the legend goes
	 * in every page's footer.
	 */
	private static void print(Sheet sheet, int rows) {
		Workbook workbook = sheet.getWorkbook();
		workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, LAST_LANGUAGE_COLUMN, 0, Math.max(0, rows - 1));
		StringBuilder legend = new StringBuilder();
		for (SlotState state : SlotState.values()) {
			legend.append((legend.length() > 0) ? "   " : "").append(label(state));
		}
		// & starts a field code in a footer: a literal one is doubled
		sheet.getFooter().setCenter(legend.toString().replace("&", "&&"));
		// the page number and the number of pages, above: the legend takes the footer's width
		sheet.getHeader().setRight("Page &P of &N");
	}

}
