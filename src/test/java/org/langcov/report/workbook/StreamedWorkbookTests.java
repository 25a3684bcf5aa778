package org.langcov.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The sheets' rows reach their temporary files as Java's own UTF-8 writer would write them. */
class StreamedWorkbookTests {

	/** Characters of every width in UTF-8, the pieces of a pair, and the markup around a cell. */
	private static final String[] PIECES = {"<c r=\"A1\" t=\"inlineStr\"><is><t>", "E/CN.7/2014/1", "é", "ø",
			"\u0627\u0644\u0645\u062e\u062f\u0631\u0627\u062a", "\u9ebb\u9189\u54c1", "\u041d\u0430\u0440\u043a",
			"\ud83d\ude00", "\ud83d", "\ude00", "&amp;", "</t></is></c>", "\n", "x"};

	@Test
	void randomTextIsWrittenAsJavasOwnWriterWritesIt() throws IOException {
		Random random = new Random(57);
		for (int round = 0; round < 5; round++) {
			ByteArrayOutputStream ours = new ByteArrayOutputStream();
			ByteArrayOutputStream java = new ByteArrayOutputStream();
			try (Writer utf8 = new StreamedWorkbook.Utf8Writer(ours);
					Writer reference = new OutputStreamWriter(java, StandardCharsets.UTF_8)) {
				// past the writer's buffer several times, so that pairs and long strings are cut at its end
				for (int i = 0; i < 20_000; i++) {
					String piece = PIECES[random.nextInt(PIECES.length)];
					switch (random.nextInt(4)) {
						case 0 -> {
							utf8.write(piece);
							reference.write(piece);
						}
						case 1 -> {
							utf8.write(piece.toCharArray(), 0, piece.length());
							reference.write(piece.toCharArray(), 0, piece.length());
						}
						case 2 -> {
							utf8.write(piece.charAt(0));
							reference.write(piece.charAt(0));
						}
						default -> {
							String longer = piece.repeat(1 + random.nextInt(3_000));
							utf8.write(longer, 1, longer.length() - 1);
							reference.write(longer, 1, longer.length() - 1);
						}
					}
					if (random.nextInt(2_000) == 0) {
						utf8.flush();
					}
				}
			}
			assertThat(ours.toByteArray()).as("round %d", round).isEqualTo(java.toByteArray());
		}
	}

	@Test
	void closingTwiceWritesNothingMore() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Writer writer = new StreamedWorkbook.Utf8Writer(out);
		writer.write("<row/>");

		writer.close();
		writer.close();

		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("<row/>");
	}

}
