package org.langcov.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.langcov.remote.BrokerUrl.BadBrokerUrlException;

class BrokerUrlTests {

	@Test
	void readsTheFormsAnArtemisClientTakes() {
		assertThat(BrokerUrl.parse("tcp://broker:61616")).isEqualTo(new BrokerUrl("broker", 61616));
		assertThat(BrokerUrl.parse("tcp://10.0.0.5:5445?reconnectAttempts=-1&ha=false"))
				.isEqualTo(new BrokerUrl("10.0.0.5", 5445));
		assertThat(BrokerUrl.parse(" tcp://0.0.0.0:61617/ ")).isEqualTo(new BrokerUrl("0.0.0.0", 61617));
		assertThat(BrokerUrl.parse("TCP://Broker.example.org:1")).isEqualTo(new BrokerUrl("Broker.example.org", 1));
		assertThat(BrokerUrl.parse("tcp://127.0.0.1:0")).isEqualTo(new BrokerUrl("127.0.0.1", 0));
	}

	@Test
	void aPortLeftOutIsArtemisOwn() {
		assertThat(BrokerUrl.parse("tcp://broker")).isEqualTo(new BrokerUrl("broker", 61616));
	}

	@Test
	void anIpv6AddressIsInBrackets() {
		BrokerUrl url = BrokerUrl.parse("tcp://[::1]:61616");
		assertThat(url.host()).isEqualTo("::1");
		assertThat(url).hasToString("tcp://[::1]:61616");
	}

	@Test
	void anythingABrokerCannotListenAtIsRefusedInOneLineNamingTheUrl() {
		for (String bad : new String[]{"http://broker:61616", "broker:61616", "tcp://:61616", "tcp://broker:port",
				"tcp://broker:70000", "tcp://broker:61616/queue", "(tcp://a:61616,tcp://b:61616)?ha=true", "vm://0", "",
				"tcp://a b:1"}) {
			assertThatThrownBy(() -> BrokerUrl.parse(bad)).as(bad).isInstanceOf(BadBrokerUrlException.class)
					.hasMessageStartingWith("langcov.broker.url '" + bad + "' ")
					.satisfies((ex) -> assertThat(ex.getMessage().lines()).hasSize(1));
		}
	}

	@Test
	void thePropertyWinsOverTheEnvironmentWhichWinsOverTheDefault() {
		String before = System.getProperty(BrokerUrl.PROPERTY);
		try {
			System.clearProperty(BrokerUrl.PROPERTY);
			assertThat(BrokerUrl.configured(java.util.Map.of())).isEqualTo("tcp://localhost:61616");
			assertThat(BrokerUrl.configured(java.util.Map.of("LANGCOV_BROKER_URL", "tcp://env:1")))
					.isEqualTo("tcp://env:1");
			System.setProperty(BrokerUrl.PROPERTY, "tcp://property:2");
			assertThat(BrokerUrl.configured(java.util.Map.of("LANGCOV_BROKER_URL", "tcp://env:1")))
					.isEqualTo("tcp://property:2");
		} finally {
			if (before == null) {
				System.clearProperty(BrokerUrl.PROPERTY);
			} else {
				System.setProperty(BrokerUrl.PROPERTY, before);
			}
		}
	}

}
