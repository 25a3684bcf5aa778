package org.langcov.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebAddressTests {

	private final WebAddress address = new WebAddress("https://documents.example.org/cnd/57");

	@Test
	void locationIsAppendedToTheBaseAsAFolderAndPercentEncoded() {
		assertThat(this.address.resolve("E_CN.7_2014_1-EN.pdf"))
				.hasToString("https://documents.example.org/cnd/57/E_CN.7_2014_1-EN.pdf");
		assertThat(this.address.resolve("drafts/report 4 #2?.pdf"))
				.hasToString("https://documents.example.org/cnd/57/drafts/report%204%20%232%3F.pdf");
		assertThat(this.address.resolve("Español/informe:1.pdf"))
				.hasToString("https://documents.example.org/cnd/57/Espa%C3%B1ol/informe:1.pdf");
	}

	@Test
	void locationsOutsideTheBaseOrOnAnotherSiteAreRefused() {
		assertThat(this.address.outsideReason("../58/E_CN.7_2015_1-EN.pdf")).get().asString()
				.contains("points outside the store");
		assertThat(this.address.outsideReason("https://DOCUMENTS.example.org:443/other/x.pdf")).isEmpty();
		assertThat(this.address.outsideReason("http://documents.example.org/cnd/57/x.pdf")).get().asString()
				.contains("on another site");
		assertThat(this.address.outsideReason("https://documents.example.org:8443/cnd/57/x.pdf")).isPresent();
		assertThat(this.address.outsideReason("E_CN.7_2014_1-*.pdf")).get().asString()
				.contains("works on folder stores only");
	}

}
