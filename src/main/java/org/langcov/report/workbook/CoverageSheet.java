package org.langcov.report.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.langcov.report.ReportSource;
import org.langcov.report.SlotState;
import org.langcov.vocabulary.Language;

/**
 * The Coverage sheet: the seed's document table (symbol, title, then a cell per language) with each language cell
 * marked and coloured by the state of its slot. The legend sits in the header row, to the right of the table, so that
 * it stays in sight with the frozen header and out of the filter.
 */
final class CoverageSheet {

	static final String NAME = "Coverage";

	static final int FIRST_LANGUAGE_COLUMN = 3;

	private static final int SYMBOL_WIDTH = 40;

	/**
	 * Titles wrap at 60 characters; agenda items are usually a number, sometimes a phrase.
	 */
	private static final int TITLE_WIDTH = 60;

	/**
	 * Characters of a title on one line of its column (60 digit widths and two of air): proportional text is narrower
	 * than digits, by about a fifth.
	 */
	static final int TITLE_LINE = 74;

	private static final int AGENDA_WIDTH = 24;

	/** One empty column between the table and the legend. */
	static final int LEGEND_COLUMN = FIRST_LANGUAGE_COLUMN + Language.values().length + 1;

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
			writer.lines(row,
					Math.max(document.symbols().size(), Math.max(ColumnWidths.lines(document.title(), TITLE_LINE),
							ColumnWidths.lines(document.agendaItem(), AGENDA_WIDTH))));
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
	}

	private void legend(Sheet sheet) {
		Row header = sheet.getRow(0);
		// The language letters stand over their marks.
		for (int i = 0; i < Language.values().length; i++) {
			header.getCell(FIRST_LANGUAGE_COLUMN + i).setCellStyle(this.styles.headerCenter);
		}
		int column = LEGEND_COLUMN;
		for (SlotState state : SlotState.values()) {
			String label = state.mark() + "  " + state.meaning();
			Cell cell = header.createCell(column);
			cell.setCellValue(label);
			cell.setCellStyle(this.styles.state(state));
			sheet.setColumnWidth(column++, (label.length() + 2) * 256);
		}
	}

}
