package org.langcov.job;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.langcov.register.Document;
import org.langcov.register.Rejection;
import org.langcov.store.Placeholders;
import org.langcov.store.Store;
import org.langcov.vocabulary.Language;

/**
 * Where each language version of a document is looked for: the register's own location for that language, else the
 * job's pattern. A document with a location outside the store is rejected whole, as a run and {@code check} both say.
 *
 * @param locations
 *            one per language, in language order; empty when rejected
 * @param rejection
 *            why the document is not taken, or {@code null}
 */
record DocumentLocations(Map<Language, String> locations, Rejection rejection) {

	static DocumentLocations of(Document document, String pattern, Store store) {
		Map<Language, String> locations = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			String explicit = document.locations().get(language);
			String location = (explicit != null)
					? explicit
					: Placeholders.expand(pattern, document.symbols().get(0), language);
			Optional<String> outside = store.outsideReason(location);
			if (outside.isPresent()) {
				return new DocumentLocations(Map.of(), new Rejection(document.row(),
						String.join(" - ", document.symbols()), language.displayName() + " " + outside.get()));
			}
			locations.put(language, location);
		}
		return new DocumentLocations(locations, null);
	}

}
