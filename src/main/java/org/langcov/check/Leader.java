package org.langcov.check;

/**
 * Which of several weights clearly leads: the rule by which {@link LanguageIdentifier} names a script, and
 * {@link LatinVerdict} a Latin-script language.
 */
final class Leader {

	/** How far the leader must be ahead of the next: twice its weight. */
	static final double LEAD = 2.0;

	private Leader() {
	}

	/**
	 * The index with the most weight, if it has {@code minimum} and twice the weight of the next; among
	 * {@code candidates} only, or all when it is {@code null}; -1 when none clearly leads.
	 */
	static int of(double[] weights, double minimum, int[] candidates) {
		int first = -1;
		double best = 0;
		double second = 0;
		int count = (candidates != null) ? candidates.length : weights.length;
		for (int k = 0; k < count; k++) {
			int i = (candidates != null) ? candidates[k] : k;
			double weight = weights[i];
			if (weight > best) {
				second = best;
				best = weight;
				first = i;
			} else if (weight > second) {
				second = weight;
			}
		}
		return (first >= 0 && best >= minimum && best >= LEAD * second) ? first : -1;
	}

	/** The most weight among {@code candidates}. */
	static double max(double[] weights, int[] candidates) {
		double max = 0;
		for (int i : candidates) {
			max = Math.max(max, weights[i]);
		}
		return max;
	}

}
