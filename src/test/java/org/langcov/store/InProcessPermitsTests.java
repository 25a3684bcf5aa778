package org.langcov.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.langcov.store.HostPermits.Permit;

class InProcessPermitsTests {

	private static final String HOST = "https://documents.example.org";

	private final HostPermits permits = HostPermits.inProcess();

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void threadsTogetherNeverHoldMoreThanTheLimitOfAHost() throws Exception {
		// given eight threads and a limit of two
		AtomicInteger holders = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();

		// when every thread takes a permit of the host twenty times
		List<Future<?>> work = new ArrayList<>();
		for (int thread = 0; thread < 8; thread++) {
			work.add(this.threads.submit(() -> {
				for (int i = 0; i < 20; i++) {
					try (Permit permit = this.permits.take(HOST, 2)) {
						most.accumulateAndGet(holders.incrementAndGet(), Math::max);
						Thread.sleep(2);
						holders.decrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> done : work) {
			done.get(30, TimeUnit.SECONDS);
		}

		// then no more than two held one at once, and two did
		assertThat(most.get()).as("permits held at once").isEqualTo(2);
	}

	@Test
	void hostsDoNotWaitForEachOther() throws Exception {
		// given the one permit of a host taken
		Permit held = this.permits.take(HOST, 1);

		// when another thread asks for the permit of another host, and for another of the first host
		Future<Permit> other = this.threads.submit(() -> this.permits.take("https://other.example.org", 1));
		Future<Permit> same = this.threads.submit(() -> this.permits.take(HOST, 1));

		// then it has the other host's at once, and waits for the first host's
		other.get(5, TimeUnit.SECONDS).close();
		assertThatThrownBy(() -> same.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
		held.close();
		same.get(5, TimeUnit.SECONDS).close();
	}

	@Test
	void aPermitGivenBackTwiceCountsOnce() throws Exception {
		// given the one permit of a host, given back twice
		Permit held = this.permits.take(HOST, 1);
		held.close();
		held.close();

		// when two threads ask for it
		Permit first = this.permits.take(HOST, 1);
		Future<Permit> second = this.threads.submit(() -> this.permits.take(HOST, 1));

		// then the second waits for the first
		assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
		first.close();
		second.get(5, TimeUnit.SECONDS).close();
	}

}
