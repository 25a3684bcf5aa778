package org.langcov.check;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.langcov.check.StreamBudget.Encoded;

/**
 * The {@code ToUnicode} maps already read, by the bytes their streams have in the file: documents made by one producer
 * from one template embed the same subsets of the same fonts (a masthead's, a heading's), and with them the same maps,
 * which need not be inflated and read again for each file. In the benchmark's store (issue 19) 2,740 maps of 1,175
 * files were 217 different ones. Only a stream that its filters alone decode is kept, one with nothing but
 * {@code Length} and {@code Filter} besides, and only a map read by {@link ToUnicodeReader}, of at most
 * {@link #LARGEST} codes, so that what is kept stays within some megabytes; a map is shared by the inspecting threads,
 * and never changed once read.
 */
final class UnicodeMaps {

	/** Maps kept at most: those of a few hundred fonts. */
	static final int KEPT = 512;

	/**
	 * The most codes a kept map has: a subset font's map has some tens to some hundreds; one of thousands (a whole
	 * font's, or a range over every code) is read for each file, as fontbox's maps are, whose size is not known.
	 */
	static final int LARGEST = 4_096;

	/** The codes of all the maps kept, at most: some megabytes of look-up tables. */
	static final long CODES = 256L * 1024;

	/** The codes of the maps kept now. */
	private static long codes;

	private static final Map<Key, UnicodeMap> maps = new ConcurrentHashMap<>();

	private UnicodeMaps() {
	}

	/**
	 * The map the stream holds: the one read from a stream of the same bytes and filters before, or read now.
	 *
	 * @return {@code null} when the stream cannot be decoded
	 * @throws IOException
	 *             when fontbox's parser refuses the map
	 */
	static UnicodeMap read(COSStream stream, Encoded encoded, StreamBudget budget) throws IOException {
		Key key = Key.of(stream, encoded);
		UnicodeMap map = (key != null) ? maps.get(key) : null;
		if (map != null) {
			return map;
		}
		byte[] data = budget.decode(stream, encoded);
		if (data == null) {
			return null;
		}
		map = UnicodeMap.of(data);
		if (key != null && map.mapped() >= 0 && map.mapped() <= LARGEST) {
			keep(key, map);
		}
		return map;
	}

	private static synchronized void keep(Key key, UnicodeMap map) {
		if (maps.size() >= KEPT || codes + map.mapped() > CODES) {
			// rare (a night of many producers): what the next files share is read again
			maps.clear();
			codes = 0;
		}
		if (maps.put(key, map) == null) {
			codes += map.mapped();
		}
	}

	/** The stream's bytes and its filters. */
	private record Key(List<Filter> filters, byte[] bytes, int hash) {

		static Key of(COSStream stream, Encoded encoded) {
			for (COSName name : stream.keySet()) {
				if (!COSName.LENGTH.equals(name) && !COSName.FILTER.equals(name)) {
					return null;
				}
			}
			return new Key(encoded.filters(), encoded.bytes(),
					31 * encoded.filters().hashCode() + Arrays.hashCode(encoded.bytes()));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && this.hash == key.hash && this.filters.equals(key.filters)
					&& Arrays.equals(this.bytes, key.bytes);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
