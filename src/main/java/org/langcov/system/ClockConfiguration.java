package org.langcov.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock that dates runs and judges timeliness: the machine's, which tests replace with one they move from day to
 * day. {@code langcov.clock} (an instant, {@code 2014-03-13T02:30:00Z}) fixes it, for benchmarks that play many nights
 * in a row (bench/retention.sh).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${langcov.clock:}") String fixed) {
		return fixed.isBlank() ? Clock.systemDefaultZone() : Clock.fixed(Instant.parse(fixed), ZoneId.systemDefault());
	}

}
