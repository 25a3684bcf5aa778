package org.langcov.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.langcov.report.pdf.PdfTable.Align;
import org.langcov.report.pdf.PdfTable.Cell;
import org.langcov.report.pdf.PdfTable.Column;
import org.langcov.report.ReportSource;
import org.langcov.report.RunInfo;
import org.langcov.report.SlotState;
import org.langcov.report.Unverified;
import org.langcov.vocabulary.Language;
import org.langcov.vocabulary.Status;

/**
 * The PDF report after page 1: the coverage matrix in the seed's layout, then the problems, the changes since the
 * previous run, the rejected register rows and the notes on rows taken not quite as written. Each is drawn while its
 * stream is read, so that no section is held in memory.
 */
final class PdfSections {

	private static final float LANGUAGE_WIDTH = 36;

	private final PdfCanvas canvas;

	PdfSections(PdfCanvas canvas) {
		this.canvas = canvas;
	}

	void matrix(ReportSource source) throws IOException {
		this.canvas.newPage();
		// The title takes what the symbol, the agenda item and the six languages leave.
		float title = this.canvas.width() - 130 - 60 - Language.values().length * LANGUAGE_WIDTH;
		List<Column> columns = new ArrayList<>(List.of(new Column("Symbol", 130, Align.LEFT),
				new Column("Title", title, Align.LEFT), new Column("Agenda item", 60, Align.LEFT)));
		for (Language language : Language.values()) {
			columns.add(new Column(String.valueOf(language.letter()), LANGUAGE_WIDTH, Align.CENTER));
		}
		PdfTable table = new PdfTable(this.canvas, "Coverage by document", columns);
		table.start();
		source.documents(each((document) -> {
			List<Cell> cells = new ArrayList<>(List.of(Cell.of(String.join("\n", document.symbols())),
					Cell.of(document.title()), Cell.of(document.agendaItem())));
			for (Language language : Language.values()) {
				SlotState state = SlotState.of(document.slots().get(language));
				cells.add(new Cell(state.mark(), true, state.fill(), state.ink()));
			}
			table.row(cells);
		}));
		legend();
	}

	/** The legend under the matrix, in the colours of the cells it explains. */
	private void legend() throws IOException {
		this.canvas.ensure(PdfTable.LEADING + 2 * PdfTable.PAD + 8);
		this.canvas.down(8);
		float x = this.canvas.left();
		float height = PdfTable.LEADING + 2 * PdfTable.PAD;
		for (SlotState state : SlotState.values()) {
			float bottom = this.canvas.y() - height;
			float baseline = bottom + PdfTable.PAD + 2.5f;
			this.canvas.fill(state.fill(), x, bottom, LANGUAGE_WIDTH, height);
			TextLine mark = this.canvas.fonts.bold.line(state.mark());
			this.canvas.text(mark, PdfTable.SIZE, state.ink(), x + (LANGUAGE_WIDTH - mark.width(PdfTable.SIZE)) / 2,
					baseline);
			TextLine meaning = this.canvas.fonts.regular.line(state.meaning());
			this.canvas.text(meaning, PdfTable.SIZE, PdfCanvas.INK, x + LANGUAGE_WIDTH + 4, baseline);
			x += LANGUAGE_WIDTH + 4 + meaning.width(PdfTable.SIZE) + 16;
		}
		this.canvas.down(height);
	}

	void problems(ReportSource source) throws IOException {
		this.canvas.newPage();
		PdfTable table = new PdfTable(this.canvas, "Problems",
				List.of(new Column("Symbol", 130, Align.LEFT), new Column("Language", 50, Align.CENTER),
						new Column("Status", 100, Align.LEFT), new Column("Detail", 250, Align.LEFT),
						new Column("Location", this.canvas.width() - 530, Align.LEFT)));
		source.slots(each((slot) -> {
			if (slot.status().problem()) {
				table.row(List.of(Cell.of(slot.symbol()), Cell.of(letter(slot.language())),
						Cell.of(slot.status().name()), Cell.of(slot.detail()), Cell.of(slot.location())));
			}
		}));
		empty(table, "Problems", "No problems: every language version looked up is available or not expected.");
	}

	/**
	 * The available versions whose text could not be read, for a second look: not problems, so not in the section
	 * before, but not verified either. Drawn only when there are some.
	 */
	void unverified(ReportSource source) throws IOException {
		boolean[] any = {false};
		source.slots((slot) -> any[0] |= Unverified.is(slot.status(), slot.detail()));
		if (!any[0]) {
			return;
		}
		PdfTable table = new PdfTable(this.canvas, "Unverified versions",
				List.of(new Column("Symbol", 130, Align.LEFT), new Column("Language", 50, Align.CENTER),
						new Column("Detail", 350, Align.LEFT),
						new Column("Location", this.canvas.width() - 530, Align.LEFT)));
		source.slots(each((slot) -> {
			if (Unverified.is(slot.status(), slot.detail())) {
				table.row(List.of(Cell.of(slot.symbol()), Cell.of(letter(slot.language())), Cell.of(slot.detail()),
						Cell.of(slot.location())));
			}
		}));
		this.canvas.paragraph(
				"Available, but their text could not be read: their symbol and language are not verified.",
				this.canvas.fonts.regular, 9, 0);
	}

	void changes(ReportSource source) throws IOException {
		String caption = "Changes since the previous run";
		RunInfo run = source.run();
		if (run.firstRun()) {
			empty(null, caption, "This is the first run of session " + run.session()
					+ ", so there is no earlier run to compare with.");
			return;
		}
		PdfTable table = new PdfTable(this.canvas, caption,
				List.of(new Column("Symbol", 200, Align.LEFT), new Column("Language", 60, Align.CENTER),
						new Column("Before", 120, Align.LEFT), new Column("After", 120, Align.LEFT)));
		source.changes(each((change) -> table.row(List.of(Cell.of(change.symbol()), Cell.of(letter(change.language())),
				Cell.of(name(change.before())), Cell.of(name(change.after()))))));
		empty(table, caption, "No changes since the previous run.");
	}

	void rejected(ReportSource source) throws IOException {
		String caption = "Rejected register rows";
		PdfTable table = new PdfTable(this.canvas, caption, List.of(new Column("Row", 50, Align.RIGHT),
				new Column("Symbol", 200, Align.LEFT), new Column("Reason", this.canvas.width() - 250, Align.LEFT)));
		source.rejections(each((rejection) -> table.row(List.of(Cell.of(String.valueOf(rejection.row())),
				Cell.of(rejection.symbol()), Cell.of(rejection.reason())))));
		empty(table, caption, "Every register row was taken.");
	}

	/**
	 * Register rows taken, but not quite as written; drawn only when there are some.
	 */
	void registerNotes(ReportSource source) throws IOException {
		if (!source.hasRegisterNotes()) {
			return;
		}
		PdfTable table = new PdfTable(this.canvas, "Register notes", List.of(new Column("Row", 50, Align.RIGHT),
				new Column("Symbol", 200, Align.LEFT), new Column("Note", this.canvas.width() - 250, Align.LEFT)));
		source.registerNotes(each((note) -> table
				.row(List.of(Cell.of(String.valueOf(note.row())), Cell.of(note.symbol()), Cell.of(note.note())))));
	}

	/** A section without rows still shows its heading, and says why it is empty. */
	private void empty(PdfTable table, String caption, String note) throws IOException {
		if (table == null || table.rows() == 0) {
			this.canvas.heading(caption, 20);
			this.canvas.paragraph(note, this.canvas.fonts.regular, 10, 0);
		}
	}

	private static String letter(Language language) {
		return (language != null) ? String.valueOf(language.letter()) : "";
	}

	/** An empty Before is a slot that is new; an empty After, one that is gone. */
	private static String name(Status status) {
		return (status != null) ? status.name() : "";
	}

	interface IoConsumer<T> {

		void accept(T value) throws IOException;

	}

	/**
	 * Lets a drawing step throw through a stream's consumer; {@link PdfReport} unwraps it.
	 */
	static <T> Consumer<T> each(IoConsumer<T> action) {
		return (value) -> {
			try {
				action.accept(value);
			} catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

}
