package org.langcov.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFactoryTests {

	private final StoreFactory stores = new StoreFactory(0, Duration.ofMillis(50), Duration.ofSeconds(1),
			"langcov/test");

	private final WebLimits limits = new WebLimits(Duration.ofSeconds(1), Duration.ofSeconds(1), 1024, 1);

	@Test
	void aFolderPathOpensAFolderStoreAndABaseUrlAWebStore(@TempDir Path folder) {
		assertThat(this.stores.open(folder.toString(), this.limits)).isInstanceOf(FolderStore.class);
		assertThat(this.stores.open("https://documents.example.org/cnd/57", this.limits)).isInstanceOf(WebStore.class);
	}

}
