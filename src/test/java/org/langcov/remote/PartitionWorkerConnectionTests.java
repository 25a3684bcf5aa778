package org.langcov.remote;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.junit.jupiter.api.Test;
import org.langcov.fixtures.Broker;

class PartitionWorkerConnectionTests {

	@Test
	void aWorkerHoldsNoRequestButTheOneItInspectsSoThatASecondGetsTheRest() throws Exception {
		// given four requests waiting, and a worker busy with the first (its transaction open)
		String queue = "langcov.test.window";
		for (int i = 1; i <= 4; i++) {
			Broker.send(Broker.shared().url(), queue, "request " + i);
		}
		ConnectionFactory connections = PartitionWorker.connectionFactory(Broker.shared().url());
		try (Connection busy = connections.createConnection(); Connection idle = connections.createConnection()) {
			busy.start();
			idle.start();
			Session busySession = busy.createSession(true, Session.SESSION_TRANSACTED);
			MessageConsumer busyConsumer = busySession.createConsumer(busySession.createQueue(queue));
			assertThat(((TextMessage) busyConsumer.receive(5000)).getText()).isEqualTo("request 1");

			// when a second worker asks
			Session idleSession = idle.createSession(true, Session.SESSION_TRANSACTED);
			MessageConsumer idleConsumer = idleSession.createConsumer(idleSession.createQueue(queue));

			// then it gets the next three, none kept back by the first
			for (int i = 2; i <= 4; i++) {
				TextMessage next = (TextMessage) idleConsumer.receive(5000);
				assertThat(next).as("request " + i).isNotNull();
				assertThat(next.getText()).isEqualTo("request " + i);
			}
			idleSession.commit();
			busySession.commit();
		}
	}

}
