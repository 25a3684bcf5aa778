package org.langcov.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

class CausesTests {

	private final IOException root = new IOException("disk full");

	private final RuntimeException failure = new IllegalStateException("writing failed",
			new UncheckedIOException(this.root));

	@Test
	void theChainStartsWithTheFailureAndEndsWithItsRoot() {
		assertThat(Causes.of(this.failure)).hasSize(3).startsWith(this.failure).endsWith(this.root);
		assertThat(Causes.root(this.failure)).isSameAs(this.root);
	}

	@Test
	void aFailureWithoutCauseIsItsOwnRoot() {
		assertThat(Causes.root(this.root)).isSameAs(this.root);
		assertThat(Causes.of(this.root)).containsExactly(this.root);
	}

	@Test
	void theOutermostCauseOfATypeIsFound() {
		assertThat(Causes.find(this.failure, IOException.class)).containsSame(this.root);
		assertThat(Causes.find(this.failure, RuntimeException.class)).containsSame(this.failure);
		assertThat(Causes.find(this.failure, InterruptedException.class)).isEmpty();
	}

}
