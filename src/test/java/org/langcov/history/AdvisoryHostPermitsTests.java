package org.langcov.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.langcov.fixtures.Postgres;
import org.langcov.store.HostPermits;
import org.langcov.store.HostPermits.Permit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Two instances stand for two processes: each opens connections of its own, as a process on another machine would.
 */
class AdvisoryHostPermitsTests {

	private static final String DATABASE = "langcov_host_permits";

	private static final String HOST = "https://documents.example.org";

	private final List<HikariDataSource> pools = new ArrayList<>();

	private final List<AdvisoryHostPermits> processes = new ArrayList<>();

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@BeforeAll
	static void database() {
		Postgres.createDatabase(DATABASE);
	}

	@AfterEach
	void close() {
		this.threads.shutdownNow();
		this.processes.forEach(AdvisoryHostPermits::close);
		this.pools.forEach(HikariDataSource::close);
	}

	@Test
	void twoProcessesTogetherNeverHoldMoreThanTheLimitOfAHost() throws Exception {
		// given two processes with four threads each, and a limit of two
		AdvisoryHostPermits first = process();
		AdvisoryHostPermits second = process();
		AtomicInteger holders = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();

		// when every thread takes a permit of the host twenty times
		List<Future<?>> work = new ArrayList<>();
		for (int thread = 0; thread < 8; thread++) {
			HostPermits permits = (thread % 2 == 0) ? first : second;
			work.add(this.threads.submit(() -> {
				for (int i = 0; i < 20; i++) {
					try (Permit permit = permits.take(HOST, 2)) {
						most.accumulateAndGet(holders.incrementAndGet(), Math::max);
						Thread.sleep(3);
						holders.decrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> done : work) {
			done.get(60, TimeUnit.SECONDS);
		}

		// then no more than two held one at once, and two did
		assertThat(most.get()).as("permits held at once").isEqualTo(2);
		assertThat(advisoryLocks()).as("permits still held").isZero();
	}

	@Test
	void aSecondProcessWaitsForThePermitOfTheFirst() throws Exception {
		// given the one permit of a host taken by a first process
		AdvisoryHostPermits first = process();
		AdvisoryHostPermits second = process();
		Permit held = first.take(HOST, 1);

		// when a second process asks for one
		Future<Permit> waiting = this.threads.submit(() -> second.take(HOST, 1));

		// then it waits until the first gives it back
		assertThatThrownBy(() -> waiting.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
		held.close();
		waiting.get(10, TimeUnit.SECONDS).close();
	}

	@Test
	void thePermitOfAProcessThatDiedIsFreeForTheOthers() throws Exception {
		// given the one permit of a host taken by a process, and a second process waiting for it
		AdvisoryHostPermits dying = process();
		AdvisoryHostPermits second = process();
		Permit held = dying.take(HOST, 1);
		Future<Permit> waiting = this.threads.submit(() -> second.take(HOST, 1));
		assertThatThrownBy(() -> waiting.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

		// when the first process dies without giving it back: the server ends its connections
		JdbcTemplate jdbc = jdbc();
		List<Integer> killed = jdbc.queryForList(
				"SELECT pg_terminate_backend(pid)::int FROM pg_locks"
						+ " WHERE locktype = 'advisory' AND granted AND classid = ?::oid AND objsubid = 2",
				Integer.class, Integer.toUnsignedLong(AdvisoryHostPermits.key(HOST)));
		assertThat(killed).as("connections ended").containsExactly(1);

		// then the second gets it, and the dead one's giving back later is harmless
		waiting.get(10, TimeUnit.SECONDS).close();
		held.close();
		assertThat(advisoryLocks()).as("permits still held").isZero();
	}

	@Test
	void hostsDoNotWaitForEachOther() throws Exception {
		// given the one permit of a host taken by a first process
		AdvisoryHostPermits first = process();
		AdvisoryHostPermits second = process();
		Permit held = first.take(HOST, 1);

		// when a second process asks for the permit of another host, and for another of the first host in turn
		Future<Permit> other = this.threads.submit(() -> second.take("https://other.example.org", 1));
		Future<Permit> same = this.threads.submit(() -> second.take(HOST, 1));

		// then it has the other host's at once, and waits for the first host's
		other.get(5, TimeUnit.SECONDS).close();
		assertThatThrownBy(() -> same.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
		held.close();
		same.get(10, TimeUnit.SECONDS).close();
	}

	@Test
	void permitsGivenBackReuseTheirConnections() throws Exception {
		// given a process that took and gave back two permits at once
		AdvisoryHostPermits permits = process();
		Permit one = permits.take(HOST, 2);
		Permit two = permits.take(HOST, 2);
		one.close();
		two.close();
		int connections = settledConnections(2);
		assertThat(connections).as("its own two, kept for the next permits").isEqualTo(2);

		// when it takes permits again, one at a time and two at once
		for (int i = 0; i < 5; i++) {
			permits.take(HOST, 2).close();
		}
		Permit three = permits.take(HOST, 2);
		Permit four = permits.take(HOST, 2);

		// then it opened no connection more, and none of the pool's holds a lock
		assertThat(settledConnections(connections)).isEqualTo(connections);
		assertThat(advisoryLocks()).isEqualTo(2);
		three.close();
		four.close();
		permits.close();
		assertThat(settledConnections(connections - 2)).isEqualTo(connections - 2);
	}

	@Test
	void aThreadWaitingForAPermitCanBeInterrupted() throws Exception {
		// given the one permit of a host taken, and a thread waiting for it
		AdvisoryHostPermits permits = process();
		Permit held = permits.take(HOST, 1);
		CountDownLatch started = new CountDownLatch(1);
		CompletableFuture<Throwable> failure = new CompletableFuture<>();
		Thread waiting = new Thread(() -> {
			started.countDown();
			try {
				permits.take(HOST, 1).close();
				failure.complete(null);
			} catch (Exception ex) {
				failure.complete(ex);
			}
		});
		waiting.start();
		started.await();
		Thread.sleep(100);

		// when it is interrupted
		waiting.interrupt();

		// then it stops waiting
		assertThat(failure.get(5, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
		held.close();
	}

	@Test
	void aDatabaseOutOfReachFailsWithTheReason() throws IOException {
		// given permits counted in a database nobody listens for
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		AdvisoryHostPermits permits = new AdvisoryHostPermits(
				new DriverManagerDataSource("jdbc:postgresql://localhost:" + port + "/nowhere", Postgres.USER, ""));
		this.processes.add(permits);

		// when a permit is asked for, then the failure says what could not be done
		assertThatThrownBy(() -> permits.take(HOST, 2)).isInstanceOf(IOException.class)
				.hasMessageStartingWith("could not count the connections to " + HOST + " in the database: ");
	}

	@Test
	void onPostgresqlThePermitsAreCountedInTheDatabase() {
		HikariDataSource pool = pool();

		assertThat(AdvisoryHostPermits.forDatabase(pool)).isInstanceOf(AdvisoryHostPermits.class);
		assertThat(AdvisoryHostPermits.forDatabase(new DriverManagerDataSource("jdbc:hsqldb:mem:permits", "SA", "")))
				.isNotInstanceOf(AdvisoryHostPermits.class);
	}

	private AdvisoryHostPermits process() {
		AdvisoryHostPermits permits = new AdvisoryHostPermits(pool());
		this.processes.add(permits);
		return permits;
	}

	private HikariDataSource pool() {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(Postgres.url(DATABASE));
		pool.setUsername(Postgres.USER);
		pool.setMaximumPoolSize(1);
		this.pools.add(pool);
		return pool;
	}

	private JdbcTemplate jdbc() {
		return new JdbcTemplate(new DriverManagerDataSource(Postgres.url(DATABASE), Postgres.USER, ""));
	}

	private int advisoryLocks() {
		return jdbc().queryForObject("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2",
				Integer.class);
	}

	/**
	 * The connections once they are {@code expected}, or after five seconds: a backend whose client has closed its
	 * connection leaves {@code pg_stat_activity} a moment later, longer on a busy machine.
	 */
	private int settledConnections(int expected) throws InterruptedException {
		int connections = connections();
		for (int i = 0; i < 100 && connections != expected; i++) {
			Thread.sleep(50);
			connections = connections();
		}
		return connections;
	}

	/** Client connections to the database, but for the one asking. */
	private int connections() {
		return jdbc().queryForObject("SELECT count(*) FROM pg_stat_activity WHERE datname = ?"
				+ " AND backend_type = 'client backend' AND pid <> pg_backend_pid()", Integer.class, DATABASE);
	}

}
