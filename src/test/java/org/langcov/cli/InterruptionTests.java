package org.langcov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.langcov.job.RunsUnderWay.UnderWay;

class InterruptionTests {

	@Test
	void theLineSaysHowManySlotsWereInspectedOfHowMany() {
		// given a run stopped part-way through its inspection
		UnderWay run = new UnderWay("CND57", Path.of("out"), 1200, 5850);

		// when / then
		assertThat(Interruption.line(run))
				.isEqualTo("CND57: interrupted after 1,200 of 5,850 slots; the next run resumes");
	}

	@Test
	void aRunStoppedBeforeItsInspectionSaysSo() {
		// given a run stopped while it read its register
		UnderWay run = new UnderWay("CND57", Path.of("out"), 0, -1);

		// when / then
		assertThat(Interruption.line(run))
				.isEqualTo("CND57: interrupted before its slots were inspected; the next run resumes");
	}

}
