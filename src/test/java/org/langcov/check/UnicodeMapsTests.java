package org.langcov.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.junit.jupiter.api.Test;

/**
 * {@link UnicodeMaps} reads a map once for streams of the same bytes and filters, in any document, and never gives one
 * stream's map for another's: not across filters, nor for a stream something besides its filters decodes; and keeps no
 * map of thousands of codes, none fontbox read, and no more than its bounds.
 */
class UnicodeMapsTests {

	@Test
	void streamsOfTheSameBytesAndFiltersShareOneMap() throws IOException {
		UnicodeMap first = read(compressed(map("0041")));
		UnicodeMap second = read(compressed(map("0041")));
		assertThat(second).isSameAs(first);
		assertThat(second.toUnicode(3)).isEqualTo("A");
		assertThat(read(compressed(map("0042")))).isNotSameAs(first)
				.satisfies((other) -> assertThat(other.toUnicode(3)).isEqualTo("B"));
	}

	@Test
	void theSameBytesUnderOtherFiltersAreReadForThemselves() throws IOException {
		COSStream compressed = compressed(map("0043"));
		byte[] bytes;
		try (var input = compressed.createRawInputStream()) {
			bytes = input.readAllBytes();
		}
		COSStream plain = new COSStream();
		try (OutputStream output = plain.createRawOutputStream()) {
			output.write(bytes);
		}
		assertThat(read(compressed).toUnicode(3)).isEqualTo("C");
		// not a map at all once not inflated: no text for the code
		UnicodeMap unfiltered;
		try {
			unfiltered = read(plain);
		} catch (IOException ex) {
			unfiltered = null;
		}
		assertThat(unfiltered == null || unfiltered.toUnicode(3) == null).isTrue();
	}

	@Test
	void aStreamWithDecodingParametersIsReadEachTime() throws IOException {
		COSStream first = compressed(map("0044"));
		first.setItem(COSName.DECODE_PARMS, new COSDictionary());
		COSStream second = compressed(map("0044"));
		second.setItem(COSName.DECODE_PARMS, new COSDictionary());
		assertThat(read(second)).isNotSameAs(read(first));
	}

	@Test
	void pastTheMapsKeptTheyAreReadAgain() throws IOException {
		UnicodeMap first = read(compressed(map("0045")));
		for (int i = 0; i < UnicodeMaps.KEPT; i++) {
			read(compressed(map(String.format("%04X", 0x100 + i))));
		}
		UnicodeMap again = read(compressed(map("0045")));
		assertThat(again).isNotSameAs(first);
		assertThat(again.toUnicode(3)).isEqualTo("E");
	}

	@Test
	void aMapOfThousandsOfCodesOrOneFontboxReadIsReadEachTime() throws IOException {
		byte[] large = range(0x1000, 5_000, "0046");
		assertThat(read(compressed(large))).isNotSameAs(read(compressed(large)));
		byte[] fontbox = ("1 begincidrange <00> <10> 5 endcidrange 1 beginbfchar <0003> <0047> endbfchar endcmap")
				.getBytes(StandardCharsets.US_ASCII);
		UnicodeMap first = read(compressed(fontbox));
		assertThat(first.toUnicode(3)).isEqualTo("G");
		assertThat(read(compressed(fontbox))).isNotSameAs(first);
	}

	@Test
	void pastTheCodesKeptTheMapsAreReadAgain() throws IOException {
		UnicodeMap first = read(compressed(range(0x1000, UnicodeMaps.LARGEST, "0048")));
		assertThat(read(compressed(range(0x1000, UnicodeMaps.LARGEST, "0048")))).isSameAs(first);
		for (int i = 0; i <= UnicodeMaps.CODES / UnicodeMaps.LARGEST; i++) {
			read(compressed(range(0x1000, UnicodeMaps.LARGEST, String.format("%04X", 0x100 + i))));
		}
		UnicodeMap again = read(compressed(range(0x1000, UnicodeMaps.LARGEST, "0048")));
		assertThat(again).isNotSameAs(first);
		assertThat(again.toUnicode(0x1000)).isEqualTo("H");
	}

	private static UnicodeMap read(COSStream stream) throws IOException {
		StreamBudget budget = new StreamBudget(Deadline.none());
		return UnicodeMaps.read(stream, budget.encoded(stream), budget);
	}

	private static byte[] map(String text) {
		return ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def "
				+ "1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfchar <0003> <" + text
				+ "> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
				.getBytes(StandardCharsets.US_ASCII);
	}

	/** A map of {@code codes} two-byte codes from {@code first}, their texts counted up from {@code text}. */
	private static byte[] range(int first, int codes, String text) {
		return String.format("1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <%04X> <%04X> <%s> "
				+ "endbfrange endcmap", first, first + codes - 1, text).getBytes(StandardCharsets.US_ASCII);
	}

	private static COSStream compressed(byte[] data) throws IOException {
		COSStream stream = new COSStream();
		try (OutputStream output = stream.createOutputStream(COSName.FLATE_DECODE)) {
			output.write(data);
		}
		return stream;
	}

}
