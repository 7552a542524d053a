package de.cet.backup.domain;

import java.util.Arrays;

/** A Flyway schema version such as {@code 70} or {@code 1.2}, compared numerically part by part. */
public record SchemaVersion(String value) implements Comparable<SchemaVersion> {

    public SchemaVersion {
        if (value == null || !value.matches("\\d+([._]\\d+)*")) {
            throw new IllegalArgumentException("Not a schema version: " + value);
        }
    }

    private long[] parts() {
        return Arrays.stream(value.split("[._]")).mapToLong(Long::parseLong).toArray();
    }

    @Override
    public int compareTo(SchemaVersion other) {
        long[] a = parts();
        long[] b = other.parts();
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            long x = i < a.length ? a[i] : 0;
            long y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }

    public boolean isNewerThan(SchemaVersion other) {
        return compareTo(other) > 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
