package org.langcov.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class RegisterReaderTests {

	@Test
	void anXlsxFileIsReadByTheXlsxReaderWhateverTheCaseOfItsExtension() {
		assertThat(RegisterReader.forFile(Path.of("input/registers/cnd57.xlsx")))
				.isInstanceOf(XlsxRegisterReader.class);
		assertThat(RegisterReader.forFile(Path.of("CND57.XLSX"))).isInstanceOf(XlsxRegisterReader.class);
	}

	@Test
	void xlsAndCsvFilesHaveTheirOwnReaders() {
		assertThat(RegisterReader.forFile(Path.of("cnd57.xls"))).isInstanceOf(XlsRegisterReader.class);
		assertThat(RegisterReader.forFile(Path.of("cnd57.CSV"))).isInstanceOf(CsvRegisterReader.class);
	}

	@Test
	void otherFormatsAreUnsupported() {
		assertThatThrownBy(() -> RegisterReader.forFile(Path.of("cnd57.ods"))).isInstanceOf(RegisterException.class)
				.hasMessage("cnd57.ods: unsupported register format .ods;"
						+ " save the register as an Excel workbook (.xlsx or .xls) or as CSV (.csv)");
		assertThatThrownBy(() -> RegisterReader.forFile(Path.of("cnd57"))).isInstanceOf(RegisterException.class)
				.hasMessageContaining("unsupported register format (no extension)");
	}

}
