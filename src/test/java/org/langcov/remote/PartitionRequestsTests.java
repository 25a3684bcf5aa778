package org.langcov.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.batch.integration.partition.StepExecutionRequest;

class PartitionRequestsTests {

	@Test
	void aRequestTravelsAsTextThatNamesTheStepAndThePartition() {
		String text = PartitionRequests.text(new StepExecutionRequest("inspectSlotsPartition", 4711));

		assertThat(text).isEqualTo("inspectSlotsPartition 4711");
		StepExecutionRequest request = PartitionRequests.request(text);
		assertThat(request.getStepName()).isEqualTo("inspectSlotsPartition");
		assertThat(request.getStepExecutionId()).isEqualTo(4711L);
	}

	@Test
	void aMessageThatIsNoRequestIsNone() {
		assertThat(PartitionRequests.request("hello")).isNull();
		assertThat(PartitionRequests.request("inspectSlotsPartition many")).isNull();
		assertThat(PartitionRequests.request(null)).isNull();
	}

	@Test
	void waitsAreShownAsJobFilesWriteThem() {
		assertThat(RemotePartitionHandler.shown(Duration.ofMinutes(5))).isEqualTo("5m");
		assertThat(RemotePartitionHandler.shown(Duration.ofSeconds(90))).isEqualTo("90s");
		assertThat(RemotePartitionHandler.shown(Duration.ofMillis(1500))).isEqualTo("1500ms");
	}

}
