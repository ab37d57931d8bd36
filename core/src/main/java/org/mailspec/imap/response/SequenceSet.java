package org.mailspec.imap.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code sequence-set} / {@code uid-set}: comma-separated numbers and ranges, in the order sent.
 * {@code *} is represented by {@link #STAR} (it only occurs in sequence-set, never in uid-set).
 */
public record SequenceSet(List<Range> ranges) {
    /** The value standing for {@code *}: larger than every number. */
    public static final long STAR = Long.MAX_VALUE;

    /** {@code seq-number / seq-range}: {@code first == last} for a single number; ranges may be descending ("4:2"). */
    public record Range(long first, long last) {
        public long min() {
            return Math.min(first, last);
        }

        public long max() {
            return Math.max(first, last);
        }

        @Override
        public String toString() {
            return first == last ? n(first) : n(first) + ":" + n(last);
        }

        private static String n(long v) {
            return v == STAR ? "*" : Long.toString(v);
        }
    }

    public SequenceSet {
        ranges = List.copyOf(Objects.requireNonNull(ranges, "ranges"));
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("a sequence set has at least one number");
        }
    }

    public boolean contains(long n) {
        for (Range r : ranges) {
            if (n >= r.min() && n <= r.max()) {
                return true;
            }
        }
        return false;
    }

    /** How many numbers the set names, counting overlaps twice; -1 when it contains {@code *}. */
    public long size() {
        long size = 0;
        for (Range r : ranges) {
            if (r.max() == STAR) {
                return -1;
            }
            size += r.max() - r.min() + 1;
        }
        return size;
    }

    /** Every number, in the order of the ranges as sent (ascending within each range). */
    public List<Long> numbers() {
        long size = size();
        if (size < 0 || size > 1_000_000) {
            throw new IllegalStateException("cannot expand " + this + " (" + (size < 0 ? "contains *" : size + " numbers") + ")");
        }
        List<Long> out = new ArrayList<>((int) size);
        for (Range r : ranges) {
            for (long v = r.min(); v <= r.max(); v++) {
                out.add(v);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Range r : ranges) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(r);
        }
        return sb.toString();
    }
}
