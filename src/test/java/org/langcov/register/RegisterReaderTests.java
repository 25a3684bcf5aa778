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
	void otherFormatsAreUnsupportedForNow() {
		assertThatThrownBy(() -> RegisterReader.forFile(Path.of("cnd57.xls"))).isInstanceOf(RegisterException.class)
				.hasMessage(
						"cnd57.xls: unsupported register format .xls; save the register as an Excel workbook (.xlsx)");
		assertThatThrownBy(() -> RegisterReader.forFile(Path.of("cnd57.csv"))).isInstanceOf(RegisterException.class)
				.hasMessageContaining("unsupported register format .csv");
		assertThatThrownBy(() -> RegisterReader.forFile(Path.of("cnd57"))).isInstanceOf(RegisterException.class)
				.hasMessageContaining("unsupported register format (no extension)");
	}

}
