package org.langcov.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class InspectionPartsTests {

	@Test
	void withoutASettingTheSlotsAreInspectedByOneThreadPerCoreAndOneMore() {
		ThreadPoolTaskExecutor executor = InspectionParts.executor(0);

		assertThat(executor.getMaxPoolSize()).isEqualTo(Runtime.getRuntime().availableProcessors() + 1)
				.isEqualTo(executor.getCorePoolSize());
	}

	@Test
	void aSettingNamesTheNumberOfThreads() {
		assertThat(InspectionParts.executor(1).getMaxPoolSize()).isOne();
		assertThat(InspectionParts.executor(7).getCorePoolSize()).isEqualTo(7);
	}

}
