package cn.hongqi.feedback.analysis;

import java.util.List;

/**
 * A 64-bit SimHash of a comment's words, each weighted by how telling it is ({@link Keywords#idf}).
 * Copies of one campaign text, lightly edited, land a few bits apart; unrelated comments about
 * 32. Written as 16 hexadecimal digits.
 */
public final class SimHash {

    /** At most this many differing bits count as the same text, lightly edited. */
    public static final int NEAR_DUPLICATE_BITS = 6;
    private static final int BANDS = 4;
    private static final int BAND_DIGITS = 4;

    private SimHash() {
    }

    static String of(List<String> words) {
        double[] votes = new double[Long.SIZE];
        for (String word : words) {
            long hash = fnv1a64(word);
            double weight = Keywords.idf(word);
            for (int bit = 0; bit < Long.SIZE; bit++) {
                votes[bit] += ((hash >>> bit) & 1) == 1 ? weight : -weight;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < Long.SIZE; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return String.format("%016x", fingerprint);
    }

    /**
     * The fingerprint in four 16-bit bands, each named with its place ({@code 0:3f62}). Fingerprints
     * up to three bits apart always share a band (four bands, at most three of them touched), and
     * farther near-duplicates often do, so the bands find candidates that {@link #distance} then judges.
     */
    public static List<String> bands(String fingerprint) {
        return java.util.stream.IntStream.range(0, BANDS)
                .mapToObj(band -> band + ":" + fingerprint.substring(band * BAND_DIGITS, (band + 1) * BAND_DIGITS))
                .toList();
    }

    /** How many bits two fingerprints differ in: 0 for the same words, about 32 for unrelated ones. */
    public static int distance(String fingerprint, String other) {
        return Long.bitCount(Long.parseUnsignedLong(fingerprint, 16) ^ Long.parseUnsignedLong(other, 16));
    }

    private static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
