package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.langcov.fixtures.Workbooks;
import org.langcov.store.FolderStore;
import org.langcov.vocabulary.Language;

class RunPreviewTests {

	@TempDir
	Path dir;

	@Test
	void manyRejectedRowsAreAllCountedAndTheFirstFiftyKept() throws IOException {
		// given a register with one document and 60 rows without a symbol
		Workbooks register = Workbooks.workbook().row(1, "Symbol", "Title").row(2, "E/CN.7/2014/1", "Agenda");
		for (int row = 3; row < 63; row++) {
			register.row(row, "", "a note, row " + row);
		}
		register.write(this.dir.resolve("r.xlsx"));
		Path store = Files.createDirectories(this.dir.resolve("store"));
		Path job = Files.writeString(this.dir.resolve("job.yml"), """
				session: CND57
				register: r.xlsx
				documents: store
				languages: English, French
				output: out
				""");

		// when
		RunPreview preview = RunPreview.of(new JobFileReader().read(job), new FolderStore(store));

		// then
		assertThat(preview.documents()).isEqualTo(1);
		assertThat(preview.rejected()).isEqualTo(60);
		assertThat(preview.rejections()).hasSize(RunPreview.REJECTIONS_KEPT);
		assertThat(preview.rejections().get(0).row()).isEqualTo(3);
		assertThat(preview.expected()).containsEntry(Language.ENGLISH, 1).containsEntry(Language.FRENCH, 1)
				.containsEntry(Language.ARABIC, 0);
		assertThat(preview.slots()).isEqualTo(2);
		assertThat(preview.sheet()).isEqualTo("Sheet1");
		assertThat(preview.headerRow()).isEqualTo(1);
	}

}
