package org.langcov.check;

import java.util.function.IntConsumer;

/**
 * Letter-spaced and rotated text, found for {@link WordTally} as it goes through a text's words in order. Neither is
 * running text: letter-spaced text extracts as runs of one-letter words with only spaces between them
 * ({@code T h e  C o m m i s s i o n}), rotated text as runs of lines of one to three letters each ({@code N},
 * {@code um}, {@code be}, {@code r}), and their letters would read as the one-letter function words {@code y},
 * {@code o}, {@code a} and {@code e}, or as {@code of} and {@code el}. Three such words or lines in a row are such a
 * run.
 */
final class SpacedText {

	/**
	 * A run of one-letter words, or of lines of few letters, this long is letter-spaced or rotated text.
	 */
	private static final int SPACED_RUN = 3;

	/** Letters a line of rotated text has at most. */
	private static final int FRAGMENT_LETTERS = 3;

	private final char[] text;

	/** Counts a one-letter word outside letter-spaced text, by where it starts. */
	private final IntConsumer oneLetterWord;

	/** The one-letter words of the current run: where the first two start. */
	private final int[] run = new int[SPACED_RUN - 1];

	private int runLength;

	private int lastEnd = -1;

	/** Where runs of lines of few letters start and end, in pairs. */
	private final int[] fragments;

	private int fragment;

	SpacedText(char[] text, IntConsumer oneLetterWord) {
		this.text = text;
		this.oneLetterWord = oneLetterWord;
		this.fragments = Words.runsOfShortLines(text, FRAGMENT_LETTERS, SPACED_RUN);
	}

	/**
	 * Whether the word at {@code start} is in a run of lines of few letters: rotated text. Words are asked about in
	 * order.
	 */
	boolean isRotated(int start) {
		while (this.fragment < this.fragments.length && this.fragments[this.fragment + 1] <= start) {
			this.fragment += 2;
		}
		return this.fragment < this.fragments.length && this.fragments[this.fragment] <= start;
	}

	/** A one-letter Latin-script word at {@code start}. */
	void oneLetter(int start) {
		if (this.runLength > 0 && !onlySpaces(this.lastEnd, start)) {
			endRun();
		}
		if (this.runLength < this.run.length) {
			this.run[this.runLength] = start;
		}
		this.runLength++;
	}

	/** A word of any script ended at {@code end}. */
	void wordEnded(int end) {
		this.lastEnd = end;
	}

	/**
	 * Ends the current run of one-letter words: they are counted unless the run is letter-spaced text.
	 */
	void endRun() {
		if (this.runLength < SPACED_RUN) {
			for (int i = 0; i < this.runLength; i++) {
				this.oneLetterWord.accept(this.run[i]);
			}
		}
		this.runLength = 0;
	}

	private boolean onlySpaces(int from, int to) {
		if (from < 0) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (!Character.isWhitespace(this.text[i])) {
				return false;
			}
		}
		return true;
	}

}
