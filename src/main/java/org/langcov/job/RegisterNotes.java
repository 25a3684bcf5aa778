package org.langcov.job;

import java.util.ArrayList;
import java.util.List;

import org.langcov.register.RegisterNote;
import org.langcov.report.ReportSource;

/**
 * The notes on a run's register rows, as standard error shows them: the first few, each naming the register and the
 * row, then how many more the reports list.
 *
 * @param register
 *            the register, as the run recorded it
 * @param first
 *            the first notes, at most {@value #SHOWN}
 * @param more
 *            how many more there are
 */
public record RegisterNotes(String register, List<RegisterNote> first, long more) {

	static final int SHOWN = 10;

	/** No notes. */
	public static final RegisterNotes NONE = new RegisterNotes("", List.of(), 0);

	public RegisterNotes {
		first = List.copyOf(first);
	}

	static RegisterNotes of(ReportSource source) {
		List<RegisterNote> first = new ArrayList<>();
		long[] more = {0};
		source.registerNotes((note) -> {
			if (first.size() < SHOWN) {
				first.add(note);
			} else {
				more[0]++;
			}
		});
		return new RegisterNotes(source.run().register(), first, more[0]);
	}

	/** One line for each note shown, and one for the rest. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		for (RegisterNote note : this.first) {
			lines.add(this.register + ", row " + note.row() + ": " + note.symbol() + ": " + note.note());
		}
		if (this.more > 0) {
			lines.add(this.register + ": " + this.more + " more register " + ((this.more == 1) ? "note" : "notes")
					+ " in the reports");
		}
		return lines;
	}

}
