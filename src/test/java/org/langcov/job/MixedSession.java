package org.langcov.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.langcov.fixtures.BrokenFiles;
import org.langcov.fixtures.UnDocumentPdf;
import org.langcov.fixtures.Workbooks;
import org.langcov.store.Placeholders;
import org.langcov.vocabulary.Language;

/**
 * A session whose store holds every kind of slot: documents {@code E/CN.7/2014/1} to {@code N} in the register
 * ({@code dir/register.xlsx}), and in {@code dir/store} for each language a good file, a truncated one, an HTML page or
 * none, in turn.
 */
final class MixedSession {

	private MixedSession() {
	}

	static void write(Path dir, int documents) throws IOException {
		Path store = Files.createDirectories(dir.resolve("store"));
		Workbooks register = Workbooks.workbook().row(1, "Symbol", "Title");
		for (int i = 1; i <= documents; i++) {
			String symbol = "E/CN.7/2014/" + i;
			register.row(i + 1, symbol, "Document " + i);
			for (Language language : Language.values()) {
				Path file = store.resolve(Placeholders.expand(JobFile.DEFAULT_PATTERN, symbol, language));
				switch ((i + language.ordinal()) % 7) {
					case 0 -> BrokenFiles.truncatedPdf(file);
					case 1 -> BrokenFiles.htmlPage(file);
					case 2 -> {
						// missing
					}
					default -> UnDocumentPdf.of(language, symbol).writeTo(file);
				}
			}
		}
		register.write(dir.resolve("register.xlsx"));
	}

}
